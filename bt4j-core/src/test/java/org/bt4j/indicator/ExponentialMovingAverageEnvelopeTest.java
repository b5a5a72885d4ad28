package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ExponentialMovingAverageEnvelope}: the EMA with bands {@code ma * (1 +- perc / 100)}. */
class ExponentialMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new ExponentialMovingAverageEnvelope(x, 4, 10.0),
            x -> new ExponentialMovingAverage(x, 4), 10.0, 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new ExponentialMovingAverageEnvelope(new ExponentialMovingAverage(x, 4), 4.0),
            x -> new ExponentialMovingAverage(x, 4), 4.0, 4);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(35), ExponentialMovingAverageEnvelope::new, ExponentialMovingAverage::new, 2.5, 30);
    }
}
