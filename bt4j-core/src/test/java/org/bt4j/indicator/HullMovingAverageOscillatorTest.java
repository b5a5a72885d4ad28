package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link HullMovingAverageOscillator}: the data minus its HMA. */
class HullMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new HullMovingAverageOscillator(x, 4), x -> new HullMovingAverage(x, 4), 5);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new HullMovingAverageOscillator(x, new HullMovingAverage(x, 4)),
            x -> new HullMovingAverage(x, 4), 5);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(39), HullMovingAverageOscillator::new, HullMovingAverage::new, 34);
    }
}
