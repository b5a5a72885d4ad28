package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link FindFirstIndexHighest}: bars since the most recent highest of the last {@code period}.
 * Its series {@link #X} (with ties) is shared with the other three find-index tests.
 */
class FindFirstIndexHighestTest {

    static final double NaN = Double.NaN;
    /** Windows of 3: [1,3,2] [3,2,3] [2,3,1] [3,1,0] [1,0,0]. */
    static final double[] X = {1, 3, 2, 3, 1, 0, 0};

    @Test
    void mostRecentHighestByHand() {
        Runs.Result r = Hand.onCloses(x -> new FindFirstIndexHighest(x, 3), X);
        Hand.assertNames(r, "index");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 1, 0, 1, 2, 2);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new FindFirstIndexHighest(f.close(), 0)));
    }
}
