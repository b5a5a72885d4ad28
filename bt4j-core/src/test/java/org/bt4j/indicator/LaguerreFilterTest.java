package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/**
 * {@link LaguerreFilter}: {@code (l0 + 2 l1 + 2 l2 + l3) / 6} of Ehlers' four Laguerre stages. The
 * stage recursion here ({@link #stages}) is shared with {@link LaguerreRSITest}.
 */
class LaguerreFilterTest {

    /** The four stages per bar from zeros at bar {@code first}: {@code [bar][stage]} (NaN rows before). */
    static double[][] stages(double[] x, double g, int first) {
        double[][] s = new double[x.length][];
        double[] p = new double[4];
        for (int i = 0; i < x.length; i++) {
            if (i < first) {
                s[i] = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                continue;
            }
            double l0 = (1 - g) * x[i] + g * p[0];
            double l1 = -g * l0 + p[0] + g * p[1];
            double l2 = -g * l1 + p[1] + g * p[2];
            double l3 = -g * l2 + p[2] + g * p[3];
            p = new double[] {l0, l1, l2, l3};
            s[i] = p;
        }
        return s;
    }

    @Test
    void gammaZeroIsAFourTapFilterFromZeros() {
        // stages are x, x(-1), x(-2), x(-3) with zeros before the first bar
        Runs.Result r = Hand.onCloses(in -> new LaguerreFilter(in, 0.0), 6, 12, 18, 24, 30);
        Hand.assertNames(r, "lfilter");
        Hand.assertWarmup(r, 0, 1);
        Hand.assertLine(r, 0, 1, 4, 9, 15, 21);
    }

    @Test
    void defaultGammaByTheRecursion() {
        double[] x = Hand.wave(15);
        double[][] s = stages(x, 0.5, 0);
        Runs.Result r = Hand.onCloses(LaguerreFilter::new, x);
        Hand.assertLine(r, 0, Hand.series(15, i -> (s[i][0] + 2 * s[i][1] + 2 * s[i][2] + s[i][3]) / 6));
    }

    @Test
    void firstBarOfAConstantByHand() {
        // g 0.5 on 8: l0 4, l1 -2, l2 1, l3 -0.5 -> (4 - 4 + 2 - 0.5) / 6 = 0.25
        Hand.assertLine(Hand.onCloses(LaguerreFilter::new, 8), 0, 0.25);
    }
}
