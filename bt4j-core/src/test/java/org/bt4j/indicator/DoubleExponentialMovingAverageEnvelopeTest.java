package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DoubleExponentialMovingAverageEnvelope}: the DEMA with bands {@code ma * (1 +- perc / 100)}. */
class DoubleExponentialMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new DoubleExponentialMovingAverageEnvelope(x, 4, 10.0),
            x -> new DoubleExponentialMovingAverage(x, 4), 10.0, 7);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new DoubleExponentialMovingAverageEnvelope(new DoubleExponentialMovingAverage(x, 4), 4.0),
            x -> new DoubleExponentialMovingAverage(x, 4), 4.0, 7);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(64), DoubleExponentialMovingAverageEnvelope::new, DoubleExponentialMovingAverage::new, 2.5, 59);
    }
}
