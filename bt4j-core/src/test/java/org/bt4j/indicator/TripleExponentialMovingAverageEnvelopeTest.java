package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TripleExponentialMovingAverageEnvelope}: the TEMA with bands {@code ma * (1 +- perc / 100)}. */
class TripleExponentialMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new TripleExponentialMovingAverageEnvelope(x, 4, 10.0),
            x -> new TripleExponentialMovingAverage(x, 4), 10.0, 10);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new TripleExponentialMovingAverageEnvelope(new TripleExponentialMovingAverage(x, 4), 4.0),
            x -> new TripleExponentialMovingAverage(x, 4), 4.0, 10);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(93), TripleExponentialMovingAverageEnvelope::new, TripleExponentialMovingAverage::new, 2.5, 88);
    }
}
