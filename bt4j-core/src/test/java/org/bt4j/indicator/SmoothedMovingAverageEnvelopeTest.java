package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link SmoothedMovingAverageEnvelope}: the SMMA with bands {@code ma * (1 +- perc / 100)}. */
class SmoothedMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new SmoothedMovingAverageEnvelope(x, 4, 10.0),
            x -> new SmoothedMovingAverage(x, 4), 10.0, 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new SmoothedMovingAverageEnvelope(new SmoothedMovingAverage(x, 4), 4.0),
            x -> new SmoothedMovingAverage(x, 4), 4.0, 4);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(35), SmoothedMovingAverageEnvelope::new, SmoothedMovingAverage::new, 2.5, 30);
    }
}
