package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link WeightedMovingAverageOscillator}: the data minus its WMA. */
class WeightedMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new WeightedMovingAverageOscillator(x, 4), x -> new WeightedMovingAverage(x, 4), 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new WeightedMovingAverageOscillator(x, new WeightedMovingAverage(x, 4)),
            x -> new WeightedMovingAverage(x, 4), 4);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(35), WeightedMovingAverageOscillator::new, WeightedMovingAverage::new, 30);
    }
}
