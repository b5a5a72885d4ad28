package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TripleExponentialMovingAverageOscillator}: the data minus its TEMA. */
class TripleExponentialMovingAverageOscillatorTest {

    @Test
    void isDataMinusTheAverage() {
        Hand.assertOscillator(Hand.wave(30), x -> new TripleExponentialMovingAverageOscillator(x, 4), x -> new TripleExponentialMovingAverage(x, 4), 10);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertOscillator(Hand.wave(30), x -> new TripleExponentialMovingAverageOscillator(x, new TripleExponentialMovingAverage(x, 4)),
            x -> new TripleExponentialMovingAverage(x, 4), 10);
    }

    @Test
    void defaultPeriodIsTheAveragesDefault() {
        Hand.assertOscillator(Hand.wave(93), TripleExponentialMovingAverageOscillator::new, TripleExponentialMovingAverage::new, 88);
    }
}
