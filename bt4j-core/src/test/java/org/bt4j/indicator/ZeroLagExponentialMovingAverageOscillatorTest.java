package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ZeroLagExponentialMovingAverageOscillator}: the data minus its ZLEMA. */
class ZeroLagExponentialMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new ZeroLagExponentialMovingAverageOscillator(x, 5), x -> new ZeroLagExponentialMovingAverage(x, 5), 7);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new ZeroLagExponentialMovingAverageOscillator(x, new ZeroLagExponentialMovingAverage(x, 5)),
            x -> new ZeroLagExponentialMovingAverage(x, 5), 7);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(49), ZeroLagExponentialMovingAverageOscillator::new, ZeroLagExponentialMovingAverage::new, 44);
    }
}
