package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DicksonMovingAverageOscillator}: the data minus its DMA. */
class DicksonMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new DicksonMovingAverageOscillator(x, 5), x -> new DicksonMovingAverage(x, 5), 8);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new DicksonMovingAverageOscillator(x, new DicksonMovingAverage(x, 5)),
            x -> new DicksonMovingAverage(x, 5), 8);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(35), DicksonMovingAverageOscillator::new, DicksonMovingAverage::new, 30);
    }
}
