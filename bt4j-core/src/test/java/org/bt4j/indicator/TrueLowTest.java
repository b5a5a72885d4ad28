package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TrueLow}: {@code min(low, close(-1))}, on {@link TrueRangeTest#BARS}. */
class TrueLowTest {

    @Test
    void byHand() {
        Runs.Result r = Hand.onBars(TrueLow::new, TrueRangeTest.BARS);
        Hand.assertNames(r, "truelow");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, TrueRangeTest.TRUE_LOW);
    }
}
