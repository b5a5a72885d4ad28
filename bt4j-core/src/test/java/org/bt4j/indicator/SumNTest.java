package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SumN}: exact sum of the last n values. */
class SumNTest {

    private static final double NaN = Double.NaN;

    @Test
    void windowSumsByHand() {
        Runs.Result r = Hand.onCloses(x -> new SumN(x, 3), 1, 2, 3, 4, 5);
        Hand.assertNames(r, "sumn");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 6, 9, 12);
        assertEquals(3, ((SumN) r.indicator()).period());
    }

    @Test
    void sumIsExactLikeMathFsum() {
        // a naive running sum loses the 1.0 and the 0.5 next to 1e16
        Runs.Result r = Hand.onCloses(x -> new SumN(x, 3), 1e16, 1.0, -1e16, 1e16, 0.5);
        assertEquals(1.0, r.line(0)[2]);
        assertEquals(1.0, r.line(0)[3]);
        assertEquals(0.5, r.line(0)[4]);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new SumN(f.close(), 0)));
    }
}
