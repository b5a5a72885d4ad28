package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.broker.Trade;
import org.junit.jupiter.api.Test;

/**
 * {@link TargetPercent} on {@link BuiltinRuns}' series with 10000 cash: order_target_percent(0.5)
 * while SMA2 &gt; SMA3, else 0; sizes are getsize(close, |target value - position value|).
 */
class TargetPercentTest {

    @Test
    void topsUpTrimsAndClosesTowardsTheTarget() {
        BuiltinRuns.Run r = BuiltinRuns.run(new TargetPercent(), Map.of());
        // bar 4: tv = 0.5 * 10000, buy 5000 // 11 = 454, filled at 11.5 -> cash 4779
        // bar 5: value 4779 + 454*12 = 10227, tv 5113.5 < 5448: sell 334.5 // 12 = 27 at 12.5 -> cash 5116.5
        // bar 6: value 5116.5 + 427*11 = 9813.5, tv 4906.75 > 4697: buy 209.75 // 11 = 19 at 11.5 -> cash 4898
        // bar 7: SMA2 < SMA3: close() 446 at 9.5 -> cash 9135; bars 8, 9: flat, target 0, no order
        // bar 10: tv 4567.5: buy 4567.5 // 11 = 415 at 11.5 -> cash 4362.5
        // bar 11: value 4362.5 + 415*12 = 9342.5, tv 4671.25 < 4980: sell 308.75 // 12 = 25 (never filled)
        assertEquals(List.of(454.0, -27.0, 19.0, -446.0, 415.0, 0.0), r.executedSizes());
        assertEquals(List.of(11.5, 12.5, 11.5, 9.5, 11.5, 0.0), r.fillPrices());
        assertEquals(-25.0, r.orders().get(5).size());
        assertTrue(r.orders().get(5).isAlive());
        List<Trade> t = r.trades();
        assertEquals(2, t.size());
        assertEquals(-865.0, t.get(0).pnl(), 1e-9); // 27 * (12.5 - 11.5) + 446 * (9.5 - 11.5)
        assertEquals(415.0, t.get(1).size());
        assertEquals(4362.5, r.broker().getCash(), 1e-9);
    }
}
