package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link SmoothedMovingAverageOscillator}: the data minus its SMMA. */
class SmoothedMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new SmoothedMovingAverageOscillator(x, 4), x -> new SmoothedMovingAverage(x, 4), 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new SmoothedMovingAverageOscillator(x, new SmoothedMovingAverage(x, 4)),
            x -> new SmoothedMovingAverage(x, 4), 4);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(35), SmoothedMovingAverageOscillator::new, SmoothedMovingAverage::new, 30);
    }
}
