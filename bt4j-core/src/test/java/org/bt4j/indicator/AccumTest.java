package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Accum}: running sum from a seed. */
class AccumTest {

    private static final double NaN = Double.NaN;

    @Test
    void runningSumFromZero() {
        Runs.Result r = Hand.onCloses(Accum::new, 1, 2, 3, 4, 5);
        Hand.assertNames(r, "accum");
        assertEquals(1, r.indicator().minPeriod());
        Hand.assertLine(r, 0, 1, 3, 6, 10, 15);
    }

    @Test
    void seedIsAddedOnce() {
        Hand.assertLine(Hand.onCloses(x -> new Accum(x, 10.0), 1, -2, 0.5), 0, 11, 9, 9.5);
    }

    @Test
    void startsWhereTheInputHasItsFirstValue() {
        // SMA(2) of 1,3,5,7 = -,2,4,6 -> 2,6,12
        Runs.Result r = Hand.onCloses(x -> new Accum(new MovingAverageSimple(x, 2).line(0)), 1, 3, 5, 7);
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 2, 6, 12);
    }
}
