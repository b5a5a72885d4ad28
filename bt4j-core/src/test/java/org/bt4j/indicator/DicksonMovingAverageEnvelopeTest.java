package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DicksonMovingAverageEnvelope}: the DMA with bands {@code ma * (1 +- perc / 100)}. */
class DicksonMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new DicksonMovingAverageEnvelope(x, 5, 10.0),
            x -> new DicksonMovingAverage(x, 5), 10.0, 8);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new DicksonMovingAverageEnvelope(new DicksonMovingAverage(x, 5), 4.0),
            x -> new DicksonMovingAverage(x, 5), 4.0, 8);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(35), DicksonMovingAverageEnvelope::new, DicksonMovingAverage::new, 2.5, 30);
    }
}
