package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link MeanDeviation}: the average absolute distance from the mean. */
class MeanDeviationTest {

    private static final double NaN = Double.NaN;

    @Test
    void byHandAroundItsOwnAverage() {
        // sma3 of 1,5,3,7,2,8: 3, 5, 4, 17/3; |x - sma|: 0, 2, 2, 7/3; their sma3: 4/3, 19/9
        Runs.Result r = Hand.onCloses(x -> new MeanDeviation(x, null, 3, MovAv.SMA), 1, 5, 3, 7, 2, 8);
        Hand.assertNames(r, "meandev");
        Hand.assertWarmup(r, 0, 5);
        Hand.assertLine(r, 0, NaN, NaN, NaN, NaN, 4.0 / 3, 19.0 / 9);
    }

    @Test
    void aroundAGivenMean() {
        // |x - 4| = 3, 1, 1, 3, 2, 4 averaged over 2
        Runs.Result r = Hand.onCloses(x -> new MeanDeviation(x, LineOp.add(LineOp.mul(x, 0.0), 4.0), 2, MovAv.SMA),
            1, 5, 3, 7, 2, 8);
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 2, 1, 2, 2.5, 3);
    }

    @Test
    void defaultsArePeriod20Sma() {
        Hand.assertWarmup(Hand.onCloses(MeanDeviation::new, Hand.wave(45)), 0, 39);
    }
}
