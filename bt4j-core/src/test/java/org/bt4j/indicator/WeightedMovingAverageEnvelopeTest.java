package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link WeightedMovingAverageEnvelope}: the WMA with bands {@code ma * (1 +- perc / 100)}. */
class WeightedMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new WeightedMovingAverageEnvelope(x, 4, 10.0),
            x -> new WeightedMovingAverage(x, 4), 10.0, 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new WeightedMovingAverageEnvelope(new WeightedMovingAverage(x, 4), 4.0),
            x -> new WeightedMovingAverage(x, 4), 4.0, 4);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(35), WeightedMovingAverageEnvelope::new, WeightedMovingAverage::new, 2.5, 30);
    }
}
