package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link FindLastIndexLowest}: bars since the oldest lowest, on {@link FindFirstIndexHighestTest#X}. */
class FindLastIndexLowestTest {

    private static final double NaN = Double.NaN;

    @Test
    void oldestLowestByHand() {
        Runs.Result r = Hand.onCloses(x -> new FindLastIndexLowest(x, 3), FindFirstIndexHighestTest.X);
        Hand.assertNames(r, "index");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 2, 1, 0, 0, 1);
    }
}
