package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link AroonUpDown}: {@code (100 / p) * (p - bars since the extreme)} over {@code p + 1} bars.
 * Its hand-worked period-3 case is shared with the other Aroon tests.
 */
class AroonUpDownTest {

    static final double NaN = Double.NaN;
    static final double[] HIGHS = {1, 2, 3, 4, 3, 2, 1, 5, 5, 4};
    static final double[] LOWS = {-5, -6, -7, -8, -7, -6, -5, -4, -3, -9};
    /** Bars since the highest high of the last 4 (ties: the most recent): 0,1,2,3,0,0,1. */
    static final double[] UP = aroon(NaN, NaN, NaN, 0, 1, 2, 3, 0, 0, 1);
    /** Bars since the lowest low of the last 4: 0,1,2,3,3,3,0. */
    static final double[] DOWN = aroon(NaN, NaN, NaN, 0, 1, 2, 3, 3, 3, 0);

    private static double[] aroon(double... barsSince) {
        return Hand.map(barsSince, k -> 100.0 / 3 * (3 - k));
    }

    static double[][] bars() {
        double[][] b = new double[HIGHS.length][];
        for (int i = 0; i < b.length; i++) {
            b[i] = new double[] {LOWS[i], HIGHS[i], LOWS[i], HIGHS[i]};
        }
        return b;
    }

    @Test
    void upAndDownByHand() {
        Runs.Result r = Hand.onBars(d -> new AroonUpDown(d, 3), bars());
        Hand.assertNames(r, "aroonup", "aroondown");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, UP);
        Hand.assertLine(r, 1, DOWN);
    }

    @Test
    void defaultPeriodIs14() {
        Runs.Result r = Hand.onBars(AroonUpDown::new, Hand.flat(Hand.ramp(20)));
        Hand.assertWarmup(r, 0, 15);
        // a rising market: the high is always the current bar, the low always 14 bars ago
        assertEquals(100.0, r.line(0)[19]);
        assertEquals(0.0, r.line(1)[19]);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new AroonUpDown(f, 0)));
    }
}
