package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DoubleExponentialMovingAverage}: {@code 2 ema - ema(ema)}. */
class DoubleExponentialMovingAverageTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new DoubleExponentialMovingAverage(in, 4), x);
        Hand.assertNames(r, "dema");
        Hand.assertWarmup(r, 0, 7);
        double[] ema = Hand.ema(x, 4);
        Hand.assertLine(r, 0, Hand.zip(ema, Hand.ema(ema, 4), (a, b) -> 2 * a - b));
    }

    @Test
    void constantInputGivesTheConstant() {
        Hand.assertLine(Hand.onCloses(in -> new DoubleExponentialMovingAverage(in, 2), 5, 5, 5, 5), 0,
            Double.NaN, Double.NaN, 5, 5);
    }

    @Test
    void defaultPeriodIs30() {
        Hand.assertWarmup(Hand.onCloses(DoubleExponentialMovingAverage::new, Hand.wave(65)), 0, 59);
    }
}
