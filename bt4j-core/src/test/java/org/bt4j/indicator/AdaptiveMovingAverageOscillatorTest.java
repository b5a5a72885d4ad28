package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AdaptiveMovingAverageOscillator}: the data minus its KAMA. */
class AdaptiveMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        double[] x = Hand.series(20, i -> 50 + 3 * Math.sin(i) + i);
        Runs.Result osc = Hand.onCloses(in -> new AdaptiveMovingAverageOscillator(in, 5), x);
        Runs.Result ma = Hand.onCloses(in -> new AdaptiveMovingAverage(in, 5), x);
        Hand.assertNames(osc, "kama");
        Hand.assertWarmup(osc, 0, 6);
        Hand.assertLine(osc, 0, Hand.zip(x, ma.line(0), (a, b) -> a - b));
    }

    @Test
    void defaultPeriodIs30() {
        Hand.assertWarmup(Hand.onCloses(AdaptiveMovingAverageOscillator::new, Hand.ramp(35)), 0, 31);
    }
}
