package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.broker.Trade;
import org.junit.jupiter.api.Test;

/**
 * {@link SmaCrossLongShort} on {@link BuiltinRuns}' series: order_target_size(+/-stake), so each
 * reversal is one order of twice the stake that closes one trade and opens the opposite one.
 */
class SmaCrossLongShortTest {

    @Test
    void reversesWithOneDoubleSizedOrder() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaCrossLongShort(), Map.of("stake", 3));
        assertEquals(List.of(3.0, -6.0, 6.0), r.executedSizes());
        assertEquals(List.of(11.5, 9.5, 11.5), r.fillPrices());
        List<Trade> t = r.trades();
        assertEquals(3, t.size());
        assertTrue(t.get(0).isLong());
        assertEquals(-6.0, t.get(0).pnl()); // 3 * (9.5 - 11.5)
        assertFalse(t.get(1).isLong());
        assertEquals(-3.0, t.get(1).sizeOpen());
        assertEquals(-6.0, t.get(1).pnl()); // -3 * (11.5 - 9.5)
        assertEquals(Trade.Status.Open, t.get(2).status());
        assertEquals(3.0, t.get(2).size());
        assertEquals(3.0, r.broker().getPosition(r.strategy().data()).size());
    }
}
