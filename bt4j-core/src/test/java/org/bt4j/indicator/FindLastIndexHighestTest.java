package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link FindLastIndexHighest}: bars since the oldest highest, on {@link FindFirstIndexHighestTest#X}. */
class FindLastIndexHighestTest {

    private static final double NaN = Double.NaN;

    @Test
    void oldestHighestByHand() {
        Runs.Result r = Hand.onCloses(x -> new FindLastIndexHighest(x, 3), FindFirstIndexHighestTest.X);
        Hand.assertNames(r, "index");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 1, 2, 1, 2, 2);
    }
}
