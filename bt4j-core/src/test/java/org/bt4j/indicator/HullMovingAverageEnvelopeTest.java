package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link HullMovingAverageEnvelope}: the HMA with bands {@code ma * (1 +- perc / 100)}. */
class HullMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new HullMovingAverageEnvelope(x, 4, 10.0),
            x -> new HullMovingAverage(x, 4), 10.0, 5);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new HullMovingAverageEnvelope(new HullMovingAverage(x, 4), 4.0),
            x -> new HullMovingAverage(x, 4), 4.0, 5);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(39), HullMovingAverageEnvelope::new, HullMovingAverage::new, 2.5, 34);
    }
}
