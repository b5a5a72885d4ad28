package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Fractal}: when the extreme of the last {@code period} bars is the first one at position
 * {@code shift} of the window, the bar two back gets {@code extreme * (1 +- bardist)}.
 */
class FractalTest {

    private static final double NaN = Double.NaN;
    private static final double[] HIGHS = {11, 12, 15, 12, 11, 13, 14, 13, 12, 11};
    private static final double[] LOWS = {5, 4, 3, 4, 5, 4, 3, 1, 3, 4};

    private static double[][] bars() {
        double[][] b = new double[HIGHS.length][];
        for (int i = 0; i < b.length; i++) {
            double mid = (HIGHS[i] + LOWS[i]) / 2;
            b[i] = new double[] {mid, HIGHS[i], LOWS[i], mid};
        }
        return b;
    }

    @Test
    void turningPointsAreMarkedTwoBarsBack() {
        // highs: windows ending at 4 and 8 have their maximum in the middle -> bars 2 and 6
        // lows: windows ending at 4 and 9 -> bars 2 and 7 (at 6 the window [3,4,5,4,3] has its first minimum at 0)
        Runs.Result r = Hand.onBars(Fractal::new, bars());
        Hand.assertNames(r, "fractal_bearish", "fractal_bullish");
        assertEquals(5, r.indicator().minPeriod());
        Hand.assertLine(r, 0, NaN, NaN, 15 * 1.015, NaN, NaN, NaN, 14 * 1.015, NaN, NaN, NaN);
        Hand.assertLine(r, 1, NaN, NaN, 3 * 0.985, NaN, NaN, NaN, NaN, 1 * 0.985, NaN, NaN);
    }

    @Test
    void bardistAndShiftAreParameters() {
        // period 3, shift 1: the middle of three; bardist 0.1
        Runs.Result r = Hand.onBars(d -> new Fractal(d, 3, 0.1, 1), bars());
        assertEquals(3, r.indicator().minPeriod());
        // window ending at bar i marks bar i - 2 only when the maximum sits at position 1 (bar i - 1)
        double[] bearish = Hand.series(10, i -> NaN);
        for (int i = 2; i < 10; i++) {
            if (HIGHS[i - 1] > HIGHS[i - 2] && HIGHS[i - 1] >= HIGHS[i]) {
                bearish[i - 2] = HIGHS[i - 1] * 1.1;
            }
        }
        Hand.assertLine(r, 0, bearish);
    }

    @Test
    void periodBelowThreeIsRejected() {
        assertEquals("period must be >= 3, got 2", Hand.rejects(f -> new Fractal(f, 2, 0.015, 2)));
    }
}
