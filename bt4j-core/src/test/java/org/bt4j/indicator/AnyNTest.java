package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AnyN}: any of the last n values is true (non-zero; NaN is true, as in Python). */
class AnyNTest {

    private static final double NaN = Double.NaN;

    @Test
    void trueWhenAnyValueInTheWindowIsNonZero() {
        Runs.Result r = Hand.onCloses(x -> new AnyN(x, 3), 0, 0, 0, 2, 0, 0, 0, NaN);
        Hand.assertNames(r, "anyn");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 0, 1, 1, 1, 0, 1);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got -1", Hand.rejects(f -> new AnyN(f.close(), -1)));
    }
}
