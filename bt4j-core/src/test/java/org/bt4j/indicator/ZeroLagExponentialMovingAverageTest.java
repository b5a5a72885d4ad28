package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ZeroLagExponentialMovingAverage}: {@code ema(2x - x(-lag))} with {@code lag = (period - 1) // 2}. */
class ZeroLagExponentialMovingAverageTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new ZeroLagExponentialMovingAverage(in, 6), x);
        Hand.assertNames(r, "zlema");
        // lag (6 - 1) // 2 = 2
        Hand.assertWarmup(r, 0, 2 + 6);
        Hand.assertLine(r, 0, Hand.ema(Hand.zip(x, Hand.delay(x, 2), (a, b) -> 2 * a - b), 6));
    }

    @Test
    void oddPeriodHasNoLagOnAStraightLine() {
        // 2x - x(-2) = x + 2 on a ramp, and an SMA-seeded EMA(5) lags a ramp by exactly 2
        double[] x = Hand.ramp(15);
        Runs.Result r = Hand.onCloses(in -> new ZeroLagExponentialMovingAverage(in, 5), x);
        Hand.assertWarmup(r, 0, 7);
        Hand.assertLine(r, 0, Hand.series(15, i -> i < 6 ? Double.NaN : x[i]));
    }

    @Test
    void defaultPeriodIs30() {
        Hand.assertWarmup(Hand.onCloses(ZeroLagExponentialMovingAverage::new, Hand.wave(50)), 0, 44);
    }
}
