package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link MovingAverageSimpleEnvelope}: the SMA with bands {@code ma * (1 +- perc / 100)}. */
class MovingAverageSimpleEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new MovingAverageSimpleEnvelope(x, 4, 10.0),
            x -> new MovingAverageSimple(x, 4), 10.0, 4);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new MovingAverageSimpleEnvelope(new MovingAverageSimple(x, 4), 4.0),
            x -> new MovingAverageSimple(x, 4), 4.0, 4);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(35), MovingAverageSimpleEnvelope::new, MovingAverageSimple::new, 2.5, 30);
    }
}
