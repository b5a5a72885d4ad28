package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link RSI_EMA}: gains and losses averaged with the EMA. */
class RSI_EMATest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new RSI_EMA(in, 5), x);
        Hand.assertNames(r, "rsi");
        Hand.assertWarmup(r, 0, 6);
        Hand.assertLine(r, 0, Hand.rsi(x, 5, 1, Hand::ema));
    }

    @Test
    void byHandWithPeriodOne() {
        // alpha 1: each bar on its own; 10 -> 13 -> 12 -> 14: up 3,0,2 down 0,1,0 -> 100, 0, 100
        Hand.assertLine(Hand.onCloses(in -> new RSI_EMA(in, 1), 10, 13, 12, 14), 0, Double.NaN, 100, 0, 100);
    }

    @Test
    void defaultsArePeriod14() {
        Hand.assertWarmup(Hand.onCloses(RSI_EMA::new, Hand.wave(20)), 0, 15);
    }
}
