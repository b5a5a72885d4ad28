package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TripleExponentialMovingAverage}: {@code 3 ema1 - 3 ema2 + ema3}. */
class TripleExponentialMovingAverageTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new TripleExponentialMovingAverage(in, 3), x);
        Hand.assertNames(r, "tema");
        Hand.assertWarmup(r, 0, 7);
        double[] e1 = Hand.ema(x, 3);
        double[] e2 = Hand.ema(e1, 3);
        double[] e3 = Hand.ema(e2, 3);
        Hand.assertLine(r, 0, Hand.series(25, i -> 3 * e1[i] - 3 * e2[i] + e3[i]));
    }

    @Test
    void constantInputGivesTheConstant() {
        Hand.assertLine(Hand.onCloses(in -> new TripleExponentialMovingAverage(in, 2), 4, 4, 4, 4, 4), 0,
            Double.NaN, Double.NaN, Double.NaN, 4, 4);
    }

    @Test
    void defaultPeriodIs30() {
        Hand.assertWarmup(Hand.onCloses(TripleExponentialMovingAverage::new, Hand.wave(90)), 0, 88);
    }
}
