package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link StochasticFast}: {@code %K = 100 (close - LL) / (HH - LL)}, {@code %D = movav(%K)}. The
 * reference %K here is shared with {@link StochasticFullTest}.
 */
class StochasticFastTest {

    static final double[][] BARS = Hand.bars(20);

    /** %K over {@code period} by definition. */
    static double[] percK(double[][] bars, int period) {
        double[] hh = Hand.highest(Hand.column(bars, 1), period);
        double[] ll = Hand.lowest(Hand.column(bars, 2), period);
        double[] c = Hand.column(bars, 3);
        return Hand.series(bars.length, i -> 100 * (c[i] - ll[i]) / (hh[i] - ll[i]));
    }

    @Test
    void matchesTheDefinition() {
        Runs.Result r = Hand.onBars(d -> new StochasticFast(d, 4, 2, MovAv.SMA, false, 0.0), BARS);
        Hand.assertNames(r, "percK", "percD");
        Hand.assertWarmup(r, 1, 5);
        Hand.assertFirstValue(r.line(0), 3);
        double[] k = percK(BARS, 4);
        Hand.assertLine(r, 0, k);
        Hand.assertLine(r, 1, Hand.sma(k, 2));
    }

    @Test
    void closeAtTheHighIs100AtTheLowIs0() {
        double[][] bars = {{5, 10, 0, 5}, {5, 8, 2, 8}, {5, 6, 1, 1}};
        Runs.Result r = Hand.onBars(d -> new StochasticFast(d, 2, 1, MovAv.SMA, false, 0.0), bars);
        // bar 1: HH 10, LL 0 -> 80; bar 2: HH 8, LL 1, close 1 -> 0
        Hand.assertLine(r, 0, Double.NaN, 80, 0);
    }

    @Test
    void safedivGivesSafezeroOnAFlatRange() {
        Runs.Result r = Hand.onBars(d -> new StochasticFast(d, 2, 1, MovAv.SMA, true, 0.5), Hand.flat(3, 3, 3));
        assertEquals(50.0, r.line(0)[2]);
    }

    @Test
    void defaultsAre14And3() {
        Hand.assertWarmup(Hand.onBars(StochasticFast::new, Hand.bars(20)), 1, 16);
    }
}
