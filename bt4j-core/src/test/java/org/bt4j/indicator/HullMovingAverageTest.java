package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link HullMovingAverage}: {@code wma(2 wma(x, p // 2) - wma(x, p), int(sqrt(p)))}. */
class HullMovingAverageTest {

    @Test
    void hasNoLagOnAStraightLine() {
        // on a ramp wma(n) lags by (n - 1) / 3: 2 (x - 1/3) - (x - 1) = x + 1/3, whose wma(2) is x again
        double[] x = Hand.ramp(12);
        Runs.Result r = Hand.onCloses(in -> new HullMovingAverage(in, 4), x);
        Hand.assertNames(r, "hma");
        Hand.assertWarmup(r, 0, 4 + 2 - 1);
        Hand.assertLine(r, 0, Hand.series(12, i -> i < 4 ? Double.NaN : x[i]));
    }

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new HullMovingAverage(in, 9), x);
        // int(sqrt(9)) = 3, 9 // 2 = 4
        Hand.assertWarmup(r, 0, 9 + 3 - 1);
        double[] diff = Hand.zip(Hand.wma(x, 4), Hand.wma(x, 9), (a, b) -> 2 * a - b);
        Hand.assertLine(r, 0, Hand.wma(diff, 3));
    }

    @Test
    void defaultPeriodIs30() {
        Hand.assertWarmup(Hand.onCloses(HullMovingAverage::new, Hand.wave(40)), 0, 34);
    }

    @Test
    void periodBelowTwoIsRejected() {
        assertEquals("period must be >= 2, got 1", Hand.rejects(f -> new HullMovingAverage(f.close(), 1)));
    }
}
