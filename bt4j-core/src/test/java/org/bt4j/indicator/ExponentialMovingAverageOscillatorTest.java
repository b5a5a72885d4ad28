package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ExponentialMovingAverageOscillator}: the data minus its EMA. */
class ExponentialMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new ExponentialMovingAverageOscillator(x, 4), x -> new ExponentialMovingAverage(x, 4), 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new ExponentialMovingAverageOscillator(x, new ExponentialMovingAverage(x, 4)),
            x -> new ExponentialMovingAverage(x, 4), 4);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(35), ExponentialMovingAverageOscillator::new, ExponentialMovingAverage::new, 30);
    }
}
