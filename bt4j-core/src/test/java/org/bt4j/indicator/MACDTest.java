package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link MACD}: fast minus slow average, and its signal average. */
class MACDTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new MACD(in, 3, 5, 2, MovAv.EMA), x);
        Hand.assertNames(r, "macd", "signal");
        double[] macd = Hand.zip(Hand.ema(x, 3), Hand.ema(x, 5), (a, b) -> a - b);
        Hand.assertWarmup(r, 1, 6);
        Hand.assertFirstValue(r.line(0), 4);
        Hand.assertLine(r, 0, macd);
        Hand.assertLine(r, 1, Hand.ema(macd, 2));
    }

    @Test
    void smaVariantOnARampIsTheLagDifference() {
        // sma3 lags a ramp by 1, sma5 by 2: macd 1, signal 1
        Runs.Result r = Hand.onCloses(in -> new MACD(in, 3, 5, 2, MovAv.SMA), Hand.ramp(8));
        Hand.assertLine(r, 1, Hand.series(8, i -> i < 5 ? Double.NaN : 1));
    }

    @Test
    void defaultsAre12And26And9() {
        Runs.Result r = Hand.onCloses(MACD::new, Hand.wave(40));
        Hand.assertWarmup(r, 1, 34);
        Hand.assertFirstValue(r.line(0), 25);
    }
}
