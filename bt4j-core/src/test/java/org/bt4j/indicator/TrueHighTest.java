package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TrueHigh}: {@code max(high, close(-1))}, on {@link TrueRangeTest#BARS}. */
class TrueHighTest {

    @Test
    void byHand() {
        Runs.Result r = Hand.onBars(TrueHigh::new, TrueRangeTest.BARS);
        Hand.assertNames(r, "truehigh");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, TrueRangeTest.TRUE_HIGH);
    }
}
