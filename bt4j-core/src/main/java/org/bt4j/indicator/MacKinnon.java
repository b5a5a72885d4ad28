package org.bt4j.indicator;

/**
 * MacKinnon's (1994) approximate asymptotic p-values for unit-root and cointegration
 * t-statistics (Dickey-Fuller / Engle-Granger tau), as statsmodels' {@code mackinnonp} computes
 * them and so as backtrader's {@link CointN} reports them: the p-value is the standard normal
 * distribution function of a polynomial in the statistic, with one set of coefficients left of a
 * switch point and another right of it, and 0 or 1 outside the fitted range.
 *
 * <p>The coefficient tables are MacKinnon, J.G. (1994) "Approximate asymptotic distribution
 * functions for unit-root and cointegration tests", Journal of Business and Economic Statistics
 * 12, tables 3 (small p) and 4 (large p), for N = 1..6 integrated series and the deterministic
 * terms "n" (none), "c", "ct" and "ctt". Immutable; thread-safe.
 */
final class MacKinnon {

    /** The deterministic terms of the test regression (statsmodels' {@code trend}). */
    enum Trend {
        /** No constant, no trend (backtrader-era spelling "nc"). */
        N(new double[] {Double.POSITIVE_INFINITY, 1.51, 0.86, 0.88, 1.05, 1.24},
            new double[] {-19.04, -19.62, -21.21, -23.25, -21.63, -25.74},
            new double[] {-1.04, -1.53, -2.68, -3.09, -3.07, -3.77},
            new double[][] {{0.6344, 1.2378, 3.2496}, {1.9129, 1.3857, 3.5322}, {2.7648, 1.4502, 3.4186},
                {3.4336, 1.4835, 3.19}, {4.0999, 1.5533, 3.59}, {4.5388, 1.5344, 2.9807}},
            new double[][] {{0.4797, 9.3557, -0.6999, 3.3066}, {1.5578, 8.558, -2.083, -3.3549},
                {2.2268, 6.8093, -3.2362, -5.4448}, {2.7654, 6.4502, -3.0811, -4.4946},
                {3.2684, 6.8051, -2.6778, -3.4972}, {3.7268, 7.167, -2.3648, -2.8288}}),
        /** A constant. */
        C(new double[] {2.74, 0.92, 0.55, 0.61, 0.79, 1},
            new double[] {-18.83, -18.86, -23.48, -28.07, -25.96, -23.27},
            new double[] {-1.61, -2.62, -3.13, -3.47, -3.78, -3.93},
            new double[][] {{2.1659, 1.4412, 3.8269}, {2.92, 1.5012, 3.9796}, {3.4699, 1.4856, 3.164},
                {3.9673, 1.4777, 2.6315}, {4.5509, 1.5338, 2.9545}, {5.1399, 1.6036, 3.4445}},
            new double[][] {{1.7339, 9.3202, -1.2745, -1.0368}, {2.1945, 6.4695, -2.9198, -4.2377},
                {2.5893, 4.5168, -3.6529, -5.0074}, {3.0387, 4.5452, -3.3666, -4.1921},
                {3.5049, 5.2098, -2.9158, -3.3468}, {3.9489, 5.8933, -2.5359, -2.721}}),
        /** A constant and a linear trend. */
        CT(new double[] {0.7, 0.63, 0.71, 0.93, 1.19, 1.42},
            new double[] {-16.18, -21.15, -25.37, -26.63, -26.53, -26.18},
            new double[] {-2.89, -3.19, -3.50, -3.65, -3.80, -4.36},
            new double[][] {{3.2512, 1.6047, 4.9588}, {3.6646, 1.5419, 3.6448}, {4.0983, 1.5173, 2.9898},
                {4.5844, 1.5338, 2.8796}, {5.0722, 1.5634, 2.9472}, {5.53, 1.5914, 3.0392}},
            new double[][] {{2.5261, 6.1654, -3.7956, -6.0285}, {2.85, 5.272, -3.6622, -5.1695},
                {3.221, 5.255, -3.2685, -4.1501}, {3.652, 5.9758, -2.7483, -3.2081},
                {4.0712, 6.6428, -2.3464, -2.546}, {4.4735, 7.1757, -2.0681, -2.1196}}),
        /** A constant, a linear and a quadratic trend. */
        CTT(new double[] {0.54, 0.79, 1.08, 1.43, 3.49, 1.92},
            new double[] {-17.17, -21.1, -24.33, -24.03, -24.33, -28.22},
            new double[] {-3.21, -3.51, -3.81, -3.83, -4.12, -4.63},
            new double[][] {{4.0003, 1.658, 4.8288}, {4.3534, 1.6016, 3.7947}, {4.7343, 1.5768, 3.2396},
                {5.214, 1.6077, 3.3449}, {5.6481, 1.6274, 3.3455}, {5.9296, 1.5929, 2.8223}},
            new double[][] {{3.0778, 4.9529, -4.1477, -5.9359}, {3.4713, 5.967, -3.2507, -4.2286},
                {3.8637, 6.7852, -2.6286, -3.1381}, {4.2736, 7.6199, -2.1534, -2.4026},
                {4.6679, 8.2618, -1.822, -1.9147}, {5.0009, 8.3735, -1.6994, -1.6928}});

        private final double[] max;
        private final double[] min;
        private final double[] star;
        private final double[][] small;
        private final double[][] large;

        Trend(double[] max, double[] min, double[] star, double[][] small, double[][] large) {
            this.max = max;
            this.min = min;
            this.star = star;
            this.small = small;
            this.large = large;
            for (double[] c : small) {
                c[2] *= 1e-2;
            }
            for (double[] c : large) {
                c[1] *= 1e-1;
                c[2] *= 1e-1;
                c[3] *= 1e-2;
            }
        }

        /** Number of deterministic regressors (constant, trend, squared trend). */
        int terms() {
            return ordinal();
        }

        /** The trend for statsmodels' code: "n" (or "nc"), "c", "ct", "ctt". */
        static Trend of(String code) {
            switch (code) {
                case "n": case "nc": return N;
                case "c": return C;
                case "ct": return CT;
                case "ctt": return CTT;
                default:
                    throw new IllegalArgumentException("trend must be one of c, ct, ctt, n (or nc), got '" + code + "'");
            }
        }
    }

    private MacKinnon() {
    }

    /**
     * The approximate p-value of {@code tau} for {@code n} integrated series (1 for a unit-root
     * test, 2 for a two-series cointegration test), 1 &lt;= n &lt;= 6. NaN gives NaN.
     */
    static double pValue(double tau, Trend trend, int n) {
        if (n < 1 || n > 6) {
            throw new IllegalArgumentException("MacKinnon p-values exist for 1..6 series, got " + n);
        }
        if (Double.isNaN(tau)) {
            return Double.NaN;
        }
        int i = n - 1;
        if (tau > trend.max[i]) {
            return 1.0;
        }
        if (tau < trend.min[i]) {
            return 0.0;
        }
        double[] c = tau <= trend.star[i] ? trend.small[i] : trend.large[i];
        double poly = 0.0;
        for (int k = c.length - 1; k >= 0; k--) {
            poly = poly * tau + c[k];
        }
        return normalCdf(poly);
    }

    /** The standard normal distribution function, accurate to a few ulps in both tails. */
    static double normalCdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    /** The complementary error function. */
    static double erfc(double u) {
        if (u < 0) {
            return 2.0 - erfc(-u);
        }
        if (u < 2.0) {
            return 1.0 - erfSeries(u);
        }
        return erfcContinuedFraction(u);
    }

    /** {@code erf(u)} by its Taylor series (|u| &lt; 2: at most a couple of digits of cancellation). */
    private static double erfSeries(double u) {
        double u2 = u * u;
        double term = u;
        double sum = u;
        for (int n = 1; n < 200; n++) {
            term *= -u2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum * 2.0 / Math.sqrt(Math.PI);
    }

    /** {@code erfc(u)} for u &gt;= 2 by its continued fraction (modified Lentz). */
    private static double erfcContinuedFraction(double u) {
        // erfc(u) = exp(-u^2)/sqrt(pi) * 1/(u + (1/2)/(u + 1/(u + (3/2)/(u + 2/(u + ...)))))
        double tiny = 1e-300;
        double f = u;
        double c = u;
        double d = 0.0;
        for (int k = 1; k < 5000; k++) {
            double a = k * 0.5;
            d = u + a * d;
            d = d == 0 ? tiny : d;
            c = u + a / c;
            c = c == 0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return Math.exp(-u * u) / Math.sqrt(Math.PI) / f;
    }
}
