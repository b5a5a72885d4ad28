package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks FSum against an independent oracle: the exact BigDecimal sum, rounded half-even to a double. */
public class FSumTest {

    /** The double nearest to {@code exact}, ties to even, found by comparing neighbours exactly. */
    static double nearest(BigDecimal exact) {
        double d = exact.doubleValue();
        for (int guard = 0; guard < 4; guard++) {
            double up = Math.nextUp(d);
            double down = Math.nextDown(d);
            BigDecimal e = new BigDecimal(d).subtract(exact).abs();
            BigDecimal eu = new BigDecimal(up).subtract(exact).abs();
            BigDecimal ed = new BigDecimal(down).subtract(exact).abs();
            if (eu.compareTo(e) < 0 || (eu.compareTo(e) == 0 && (Double.doubleToLongBits(up) & 1) == 0)) {
                d = up;
            } else if (ed.compareTo(e) < 0 || (ed.compareTo(e) == 0 && (Double.doubleToLongBits(down) & 1) == 0)) {
                d = down;
            } else {
                break;
            }
        }
        return d;
    }

    public static double oracle(double[] a, int from, int to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            s = s.add(new BigDecimal(a[i]));
        }
        return nearest(s);
    }

    @Test
    void classicCancellationIsExact() {
        FSum f = new FSum();
        assertEquals(1e-16, f.sum(new double[] {1.0, 1e-16, -1.0}, 0, 3));
        assertEquals(0.0, f.sum(new double[] {1e100, 1.0, -1e100, -1.0}, 0, 4));
        // Python: math.fsum([0.1] * 10) == 1.0 while a naive loop gives 0.9999999999999999
        double[] tenths = new double[10];
        java.util.Arrays.fill(tenths, 0.1);
        assertEquals(1.0, f.sum(tenths, 0, 10));
    }

    @Test
    void halfEvenAcrossPartials() {
        FSum f = new FSum();
        // 1 + 2^-53 + 2^-106: the exact sum lies just above the tie, so it rounds up
        double[] a = {1.0, Math.scalb(1.0, -53), Math.scalb(1.0, -106)};
        assertEquals(Math.nextUp(1.0), f.sum(a, 0, 3));
        assertEquals(oracle(a, 0, 3), f.sum(a, 0, 3));
    }

    @Test
    void specialValues() {
        FSum f = new FSum();
        assertTrue(Double.isNaN(f.sum(new double[] {1, Double.NaN}, 0, 2)));
        assertEquals(Double.POSITIVE_INFINITY, f.sum(new double[] {1, Double.POSITIVE_INFINITY}, 0, 2));
        assertTrue(Double.isNaN(f.sum(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, 0, 2)));
        assertEquals(0.0, f.sum(new double[0], 0, 0));
    }

    @Test
    void randomWideRangeMatchesOracle() {
        SplittableRandom rng = new SplittableRandom(7);
        FSum f = new FSum();
        for (int round = 0; round < 2000; round++) {
            int n = 1 + rng.nextInt(40);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = (rng.nextDouble() - 0.5) * Math.scalb(1.0, rng.nextInt(-60, 60));
            }
            assertEquals(oracle(a, 0, n), f.sum(a, 0, n), "round " + round);
        }
    }

    @Test
    void removeUndoesAddExactly() {
        SplittableRandom rng = new SplittableRandom(11);
        FSum f = new FSum();
        double[] a = new double[200];
        for (int i = 0; i < a.length; i++) {
            a[i] = (rng.nextDouble() - 0.5) * Math.scalb(1.0, rng.nextInt(-80, 80));
            f.add(a[i]);
        }
        for (int i = 0; i < 150; i++) {
            f.remove(a[i]);
        }
        assertEquals(oracle(a, 150, 200), f.value());
        FSum other = new FSum();
        other.add(1.0);
        f.addTo(other);
        assertEquals(oracle(append(a, 1.0), 150, 201), other.value());
    }

    private static double[] append(double[] a, double x) {
        double[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }
}
