package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link DirectionalMovement}: ADX, ADXR, +DI, -DI. Its reference computation of Wilder's system
 * (plain loops over the bars) is shared with the other directional-movement tests.
 */
class DirectionalMovementTest {

    static final int P = 3;
    static final double[][] BARS = Hand.bars(24);

    /** Wilder's system by the book with SMMA: {plusDI, minusDI, adx, adxr}. */
    static double[][] reference(double[][] bars, int p) {
        return reference(bars, p, Hand::smma);
    }

    /** Wilder's system by the book with the average {@code avg}: {plusDI, minusDI, adx, adxr}. */
    static double[][] reference(double[][] bars, int p, java.util.function.BiFunction<double[], Integer, double[]> avg) {
        int n = bars.length;
        double[] plusDM = new double[n];
        double[] minusDM = new double[n];
        plusDM[0] = Double.NaN;
        minusDM[0] = Double.NaN;
        for (int i = 1; i < n; i++) {
            double up = bars[i][1] - bars[i - 1][1];
            double down = bars[i - 1][2] - bars[i][2];
            plusDM[i] = up > down && up > 0 ? up : 0;
            minusDM[i] = down > up && down > 0 ? down : 0;
        }
        double[] atr = avg.apply(Hand.trueRange(bars), p);
        double[] plusDI = Hand.zip(avg.apply(plusDM, p), atr, (a, b) -> 100 * a / b);
        double[] minusDI = Hand.zip(avg.apply(minusDM, p), atr, (a, b) -> 100 * a / b);
        double[] dx = Hand.zip(plusDI, minusDI, (a, b) -> Math.abs(a - b) / (a + b));
        double[] adx = Hand.map(avg.apply(dx, p), v -> 100 * v);
        double[] adxr = Hand.zip(adx, Hand.delay(adx, p), (a, b) -> (a + b) / 2);
        return new double[][] {plusDI, minusDI, adx, adxr};
    }

    /** A steady rise: h = i + 2, l = i, c = i + 1; TR 2, +DM 1, -DM 0. */
    static double[][] rise(int n) {
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            b[i] = new double[] {i + 1, i + 2, i, i + 1};
        }
        return b;
    }

    @Test
    void allFourLinesMatchWildersDefinition() {
        Runs.Result r = Hand.onBars(d -> new DirectionalMovement(d, P, MovAv.SMMA), BARS);
        Hand.assertNames(r, "adx", "adxr", "plusDI", "minusDI");
        double[][] ref = reference(BARS, P);
        Hand.assertWarmup(r, 1, 3 * P);
        Hand.assertFirstValue(r.line(0), 2 * P - 1);
        Hand.assertFirstValue(r.line(2), P);
        Hand.assertLine(r, 0, ref[2]);
        Hand.assertLine(r, 1, ref[3]);
        Hand.assertLine(r, 2, ref[0]);
        Hand.assertLine(r, 3, ref[1]);
    }

    @Test
    void steadyRiseIsAllPlusDirection() {
        // +DI = 100 * 1 / 2 = 50, -DI = 0, dx = 1, so ADX = ADXR = 100
        Runs.Result r = Hand.onBars(DirectionalMovement::new, rise(50));
        Hand.assertWarmup(r, 1, 42);
        assertEquals(100.0, r.line(0)[49], 1e-12);
        assertEquals(100.0, r.line(1)[49], 1e-12);
        assertEquals(50.0, r.line(2)[49], 1e-12);
        assertEquals(0.0, r.line(3)[49]);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new DirectionalMovement(f, 0, MovAv.SMMA)));
    }
}
