package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link ZeroLagIndicatorEnvelope}: backtrader computes ZeroLagIndicator in {@code next()}, after
 * the envelope's bindings have read the not-yet-written line, so the bands are always NaN and
 * only the average itself comes out.
 */
class ZeroLagIndicatorEnvelopeTest {

    @Test
    void averageComesThroughBandsStayNan() {
        double[] x = Hand.wave(20);
        Runs.Result env = Hand.onCloses(in -> new ZeroLagIndicatorEnvelope(in, 4, 10.0), x);
        Runs.Result ec = Hand.onCloses(in -> new ZeroLagIndicator(in, 4), x);
        Hand.assertNames(env, "ec", "top", "bot");
        Hand.assertWarmup(env, 0, 4);
        Hand.assertLine(env, 0, ec.line(0));
        for (int i = 0; i < x.length; i++) {
            assertTrue(Double.isNaN(env.line(1)[i]) && Double.isNaN(env.line(2)[i]), "bar " + i);
        }
    }

    @Test
    void constantInputGivesTheConstant() {
        Runs.Result env = Hand.onCloses(ZeroLagIndicatorEnvelope::new, Hand.series(35, i -> 7.0));
        Hand.assertWarmup(env, 0, 30);
        Hand.assertLine(env, 0, Hand.series(35, i -> i < 29 ? Double.NaN : 7.0));
    }
}
