package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AllN}: every one of the last n values is true (non-zero; NaN is true, as in Python). */
class AllNTest {

    private static final double NaN = Double.NaN;

    @Test
    void trueOnlyWhenTheWholeWindowIsNonZero() {
        Runs.Result r = Hand.onCloses(x -> new AllN(x, 2), 1, 1, 0, 1, 1, NaN, -3);
        Hand.assertNames(r, "alln");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 1, 0, 0, 1, 1, 1);
    }

    @Test
    void periodOneIsTheTruthOfEachValue() {
        Hand.assertLine(Hand.onCloses(x -> new AllN(x, 1), 0, 2, 0), 0, 0, 1, 0);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new AllN(f.close(), 0)));
    }
}
