package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AdaptiveMovingAverageOscillator}: the data minus its KAMA. */
class AdaptiveMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new AdaptiveMovingAverageOscillator(x, 5), x -> new AdaptiveMovingAverage(x, 5), 6);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new AdaptiveMovingAverageOscillator(x, new AdaptiveMovingAverage(x, 5)),
            x -> new AdaptiveMovingAverage(x, 5), 6);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(36), AdaptiveMovingAverageOscillator::new, AdaptiveMovingAverage::new, 31);
    }
}
