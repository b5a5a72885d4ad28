package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link MovingAverageSimpleOscillator}: the data minus its SMA. */
class MovingAverageSimpleOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new MovingAverageSimpleOscillator(x, 4), x -> new MovingAverageSimple(x, 4), 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new MovingAverageSimpleOscillator(x, new MovingAverageSimple(x, 4)),
            x -> new MovingAverageSimple(x, 4), 4);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(35), MovingAverageSimpleOscillator::new, MovingAverageSimple::new, 30);
    }
}
