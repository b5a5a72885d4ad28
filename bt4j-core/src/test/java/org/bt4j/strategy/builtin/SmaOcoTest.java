package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link SmaOco} on {@link BuiltinRuns}' series: a buy Limit below and a buy Stop above the close
 * in one OCO group; the fill of one cancels the other, the expiry of one cancels the other.
 */
class SmaOcoTest {

    @Test
    void theStopFillsAndCancelsTheLimit() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaOco(), Map.of("offset", 0.1));
        List<Order> o = r.orders();
        double stop = 11 * (1.0 + 0.1);
        // bar 5: open 11.5 < 12.1 <= high 13, so the stop fills at its price; low 10.5 misses the limit 9.9
        assertEquals(OrderStatus.Canceled, o.get(0).status());
        assertEquals(stop, o.get(1).executed().price());
        assertEquals(9.5, o.get(2).executed().price()); // close() on bar 7
        assertEquals(9.5 - stop, r.trades().get(0).pnl(), 1e-12);
        assertEquals(5, o.size());
        assertEquals(OrderStatus.Canceled, o.get(3).status());
        assertEquals(stop, o.get(4).executed().price()); // bar 11 repeats bar 5
    }

    @Test
    void anExpiryCancelsTheSibling() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaOco(), Map.of("offset", 0.2, "validdays", 1));
        List<Order> o = r.orders(); // limit 8.8 and stop 13.2: bar 5 (L 10.5, H 13) touches neither
        assertEquals(OrderStatus.Expired, o.get(0).status());
        assertEquals(OrderStatus.Canceled, o.get(1).status());
        assertEquals(4, o.size());
        assertTrue(o.get(2).isAlive());
        assertTrue(o.get(3).isAlive());
        assertTrue(r.trades().isEmpty());
    }
}
