package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link StochasticFull}: fast %K, %D and the slow %D {@code movav(%D)}. */
class StochasticFullTest {

    @Test
    void matchesTheDefinition() {
        double[][] bars = StochasticFastTest.BARS;
        Runs.Result r = Hand.onBars(d -> new StochasticFull(d, 4, 2, 3, MovAv.SMA, false, 0.0), bars);
        Hand.assertNames(r, "percK", "percD", "percDSlow");
        Hand.assertWarmup(r, 2, 4 + 1 + 2);
        double[] k = StochasticFastTest.percK(bars, 4);
        double[] d = Hand.sma(k, 2);
        Hand.assertLine(r, 0, k);
        Hand.assertLine(r, 1, d);
        Hand.assertLine(r, 2, Hand.sma(d, 3));
    }

    @Test
    void movavAppliesToBothSmoothings() {
        double[][] bars = StochasticFastTest.BARS;
        Runs.Result r = Hand.onBars(d -> new StochasticFull(d, 3, 3, 2, MovAv.EMA, false, 0.0), bars);
        double[] d = Hand.ema(StochasticFastTest.percK(bars, 3), 3);
        Hand.assertLine(r, 2, Hand.ema(d, 2));
    }

    @Test
    void defaultsAre14And3And3() {
        Hand.assertWarmup(Hand.onBars(StochasticFull::new, Hand.bars(20)), 2, 18);
    }
}
