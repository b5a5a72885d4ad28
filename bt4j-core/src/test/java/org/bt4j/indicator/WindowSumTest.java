package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.bt4j.util.FSum;
import org.bt4j.util.FSumTest;
import org.junit.jupiter.api.Test;

/** Sliding-window sums compared with the independent BigDecimal oracle of {@link FSumTest}. */
class WindowSumTest {

    private static void check(double[] a, int period) {
        WindowSum w = new WindowSum(period);
        FSum plain = new FSum();
        for (int i = 0; i < a.length; i++) {
            w.add(a[i]);
            if (i >= period) {
                w.remove(a[i - period]);
            }
            int from = Math.max(0, i - period + 1);
            double expected = FSumTest.oracle(a, from, i + 1);
            assertEquals(expected, w.value(), "bar " + i + " period " + period);
            assertEquals(expected, plain.sum(a, from, i + 1), "fsum bar " + i);
        }
    }

    @Test
    void pricesWithCentsUseTheFastPathExactly() {
        SplittableRandom rng = new SplittableRandom(42);
        double[] a = new double[3000];
        long cents = 10_000;
        for (int i = 0; i < a.length; i++) {
            cents = Math.max(100, cents + rng.nextInt(-40, 41));
            a[i] = Double.parseDouble((cents / 100) + "." + String.format("%02d", cents % 100));
        }
        check(a, 10);
        check(a, 30);
        check(a, 200);
    }

    @Test
    void mixedMagnitudesFallBackExactly() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] a = new double[1500];
        for (int i = 0; i < a.length; i++) {
            a[i] = (rng.nextDouble() - 0.3) * Math.scalb(1.0, rng.nextInt(-40, 40));
            if (rng.nextInt(50) == 0) {
                a[i] = 0.0;
            }
        }
        check(a, 5);
        check(a, 31);
    }

    @Test
    void specialValuesLeaveTheWindow() {
        double[] a = {1.5, Double.NaN, 2.25, 3.0, Double.POSITIVE_INFINITY, 4.0, 5.0, 6.0};
        WindowSum w = new WindowSum(2);
        double[] expected = {1.5, Double.NaN, Double.NaN, 5.25, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, 9.0, 11.0};
        for (int i = 0; i < a.length; i++) {
            w.add(a[i]);
            if (i >= 2) {
                w.remove(a[i - 2]);
            }
            assertEquals(expected[i], w.value(), "bar " + i);
        }
    }

    @Test
    void valuesLeavingByTheirImagesGiveTheSameSums() {
        // cents, values off the grid, NaN and infinities: images where a value has one, remove otherwise
        SplittableRandom rng = new SplittableRandom(11);
        int period = 7;
        double[] a = new double[2000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (10000 + rng.nextInt(-300, 300)) / 100.0;
            if (rng.nextInt(40) == 0) {
                a[i] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e300, 1e-7 * i, 0.0}[rng.nextInt(5)];
            }
        }
        WindowSum byValue = new WindowSum(period);
        WindowSum byImage = new WindowSum(period);
        long[] images = new long[a.length];
        int imaged = 0;
        for (int i = 0; i < a.length; i++) {
            byValue.add(a[i]);
            images[i] = byImage.addImage(a[i]);
            if (i >= period) {
                byValue.remove(a[i - period]);
                if (images[i - period] != Long.MIN_VALUE) {
                    byImage.removeImage(images[i - period]);
                    imaged++;
                } else {
                    byImage.remove(a[i - period]);
                }
            }
            assertEquals(byValue.value(), byImage.value(), "bar " + i);
        }
        assertEquals(true, imaged > 1500 && imaged < a.length - period, "both ways used: " + imaged);
    }

    @Test
    void hugePeriodStillExact() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] a = new double[700];
        for (int i = 0; i < a.length; i++) {
            a[i] = 100 + rng.nextInt(100_000) / 100.0;
        }
        check(a, 512);
    }

    @Test
    void vectorisedSlideEqualsBarByBar() {
        // prices in cents with, now and then, a value off the fixed-point grid, a NaN or a huge value
        SplittableRandom rng = new SplittableRandom(7);
        int n = 5000;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (10000 + rng.nextInt(-300, 300)) / 100.0;
            if (rng.nextInt(200) == 0) {
                a[i] = rng.nextInt(3) == 0 ? Double.NaN : (rng.nextBoolean() ? 1e300 : 1e-7 * i);
            }
        }
        for (int period : new int[] {1, 3, 30}) {
            double[] fast = new double[n];
            new WindowSum(period).slide(a, fast, period - 1, n, period, period);
            WindowSum s = new WindowSum(period);
            for (int i = 0; i < n; i++) {
                s.add(a[i]);
                if (i >= period) {
                    s.remove(a[i - period]);
                }
                if (i >= period - 1) {
                    double expected = s.value() / period;
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(fast[i]),
                        "period " + period + " bar " + i);
                }
            }
        }
    }
}
