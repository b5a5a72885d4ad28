package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AdaptiveMovingAverageEnvelope}: KAMA with percentage bands. */
class AdaptiveMovingAverageEnvelopeTest {

    @Test
    void bandsArePercentagesOfTheAverage() {
        double[] x = Hand.series(20, i -> 50 + 3 * Math.sin(i) + i);
        Runs.Result env = Hand.onCloses(in -> new AdaptiveMovingAverageEnvelope(in, 5, 10.0), x);
        Runs.Result ma = Hand.onCloses(in -> new AdaptiveMovingAverage(in, 5), x);
        Hand.assertNames(env, "kama", "top", "bot");
        Hand.assertWarmup(env, 1, 6);
        Hand.assertLine(env, 0, ma.line(0));
        Hand.assertLine(env, 1, Hand.map(ma.line(0), m -> m * 1.1));
        Hand.assertLine(env, 2, Hand.map(ma.line(0), m -> m * 0.9));
    }

    @Test
    void defaultPercIsTwoAndAHalf() {
        Runs.Result env = Hand.onCloses(AdaptiveMovingAverageEnvelope::new, Hand.ramp(35));
        Hand.assertWarmup(env, 2, 31);
        Hand.assertLine(env, 2, Hand.map(env.line(0), m -> m * 0.975));
    }
}
