package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link UltimateOscillator}: buying pressure over true range on three windows, weighted 4:2:1. */
class UltimateOscillatorTest {

    @Test
    void matchesTheDefinition() {
        double[][] bars = Hand.bars(20);
        double[] c = Hand.column(bars, 3);
        double[] trueLow = Hand.series(20, i -> i == 0 ? Double.NaN : Math.min(bars[i][2], bars[i - 1][3]));
        double[] bp = Hand.zip(c, trueLow, (a, b) -> a - b);
        double[] tr = Hand.trueRange(bars);
        Runs.Result r = Hand.onBars(d -> new UltimateOscillator(d, 2, 3, 5), bars);
        Hand.assertNames(r, "uo");
        Hand.assertWarmup(r, 0, 6);
        double[] a = Hand.zip(Hand.sum(bp, 2), Hand.sum(tr, 2), (x, y) -> x / y);
        double[] b = Hand.zip(Hand.sum(bp, 3), Hand.sum(tr, 3), (x, y) -> x / y);
        double[] e = Hand.zip(Hand.sum(bp, 5), Hand.sum(tr, 5), (x, y) -> x / y);
        Hand.assertLine(r, 0, Hand.series(20, i -> 100 * (4 * a[i] + 2 * b[i] + e[i]) / 7));
    }

    @Test
    void closingAtTheTrueHighEveryBarIs100() {
        // h = i + 2, l = i, c = i + 2: bp = c - min(l, c(-1)) = 2 = tr
        double[][] bars = new double[35][];
        for (int i = 0; i < 35; i++) {
            bars[i] = new double[] {i + 1, i + 2, i, i + 2};
        }
        Runs.Result r = Hand.onBars(UltimateOscillator::new, bars);
        Hand.assertWarmup(r, 0, 29);
        assertEquals(100.0, r.line(0)[34], 1e-12);
    }
}
