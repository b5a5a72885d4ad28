package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link FindFirstIndexLowest}: bars since the most recent lowest, on {@link FindFirstIndexHighestTest#X}. */
class FindFirstIndexLowestTest {

    private static final double NaN = Double.NaN;

    @Test
    void mostRecentLowestByHand() {
        Runs.Result r = Hand.onCloses(x -> new FindFirstIndexLowest(x, 3), FindFirstIndexHighestTest.X);
        Hand.assertNames(r, "index");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 2, 1, 0, 0, 0);
    }
}
