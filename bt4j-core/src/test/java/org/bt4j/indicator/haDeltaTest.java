package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link haDelta}: Heikin Ashi close minus open, and its moving average. */
class haDeltaTest {

    private static final double NaN = Double.NaN;
    private static final double[][] BARS = {{10, 12, 8, 11}, {11, 14, 10, 13}, {13, 13, 9, 9}};

    @Test
    void onHeikinAshiCandlesByHand() {
        // ha_close = (o+h+l+c)/4: 10.25, 12, 11; ha_open: seed (10+11)/2 = 10.5, then
        // (10.5+10.25)/2 = 10.375, (10.375+12)/2 = 11.1875; deltas (from bar 1) 1.625, -0.1875
        Runs.Result r = Hand.onBars(d -> new haDelta(d, 2, MovAv.SMA, true), BARS);
        Hand.assertNames(r, "haDelta", "smoothed");
        // ha_open(-1) makes Heikin Ashi (and so the delta) start on the second bar, as in backtrader
        Hand.assertWarmup(r, 1, 3);
        Hand.assertLine(r, 0, NaN, 1.625, -0.1875);
        Hand.assertLine(r, 1, NaN, NaN, 0.71875);
    }

    @Test
    void onTheDataItselfWithoutAutoheikin() {
        // defaults (period 3 on Heikin Ashi): 2 + 3 - 1
        Hand.assertWarmup(Hand.onBars(haDelta::new, Hand.bars(6)), 1, 4);
        // close - open: 1, 2, -4; sma3 of those: -1/3
        Runs.Result plain = Hand.onBars(d -> new haDelta(d, 3, MovAv.SMA, false), BARS);
        Hand.assertLine(plain, 0, 1, 2, -4);
        Hand.assertLine(plain, 1, NaN, NaN, -1.0 / 3);
    }
}
