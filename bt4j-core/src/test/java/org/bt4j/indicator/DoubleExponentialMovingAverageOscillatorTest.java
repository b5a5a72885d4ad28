package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DoubleExponentialMovingAverageOscillator}: the data minus its DEMA. */
class DoubleExponentialMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new DoubleExponentialMovingAverageOscillator(x, 4), x -> new DoubleExponentialMovingAverage(x, 4), 7);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new DoubleExponentialMovingAverageOscillator(x, new DoubleExponentialMovingAverage(x, 4)),
            x -> new DoubleExponentialMovingAverage(x, 4), 7);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(64), DoubleExponentialMovingAverageOscillator::new, DoubleExponentialMovingAverage::new, 59);
    }
}
