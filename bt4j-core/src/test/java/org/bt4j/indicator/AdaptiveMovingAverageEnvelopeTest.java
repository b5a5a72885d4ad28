package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AdaptiveMovingAverageEnvelope}: the KAMA with bands {@code ma * (1 +- perc / 100)}. */
class AdaptiveMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new AdaptiveMovingAverageEnvelope(x, 5, 10.0),
            x -> new AdaptiveMovingAverage(x, 5), 10.0, 6);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new AdaptiveMovingAverageEnvelope(new AdaptiveMovingAverage(x, 5), 4.0),
            x -> new AdaptiveMovingAverage(x, 5), 4.0, 6);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(36), AdaptiveMovingAverageEnvelope::new, AdaptiveMovingAverage::new, 2.5, 31);
    }
}
