package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ZeroLagExponentialMovingAverageEnvelope}: the ZLEMA with bands {@code ma * (1 +- perc / 100)}. */
class ZeroLagExponentialMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        Hand.assertEnvelope(Hand.wave(30), x -> new ZeroLagExponentialMovingAverageEnvelope(x, 5, 10.0),
            x -> new ZeroLagExponentialMovingAverage(x, 5), 10.0, 7);
    }

    @Test
    void aGivenAverageIsUsedAsIs() {
        Hand.assertEnvelope(Hand.wave(30), x -> new ZeroLagExponentialMovingAverageEnvelope(new ZeroLagExponentialMovingAverage(x, 5), 4.0),
            x -> new ZeroLagExponentialMovingAverage(x, 5), 4.0, 7);
    }

    @Test
    void defaultsAreTheAveragesPeriodAndTwoAndAHalfPercent() {
        Hand.assertEnvelope(Hand.wave(49), ZeroLagExponentialMovingAverageEnvelope::new, ZeroLagExponentialMovingAverage::new, 2.5, 44);
    }
}
