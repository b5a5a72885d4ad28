package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code CointN}: the augmented Engle-Granger cointegration test of {@code data0} and
 * {@code data1} over the last {@code period} bars, as backtrader gets it from statsmodels'
 * {@code coint(data0, data1, trend=trend)} (default {@code method='aeg'}, {@code autolag='aic'}).
 * Lines {@code score} (the ADF t-statistic of the residuals) and {@code pvalue} (MacKinnon's 1994
 * approximate asymptotic p-value for two series, see {@link MacKinnon}); defaults period 10,
 * trend "c"; minimum period = the inputs' larger + period - 1.
 *
 * <p>The steps, in plain Java: (1) least squares of data0 on data1 plus the trend terms
 * ("c": constant; "ct": and t = 1..n; "ctt": and t squared; "n" or "nc": none); (2) when that
 * fit's R-squared is below {@code 1 - 100 * sqrt(eps)}, a Dickey-Fuller regression of the
 * residuals' differences on their lagged level and 0..maxlag lagged differences without
 * constant, {@code maxlag = min(n / 2 - 1, ceil(12 * (n / 100)^(1/4)))}, the lag count chosen by
 * the smallest AIC over a common sample (ties: fewer lags), then refitted on its full sample;
 * the score is the t-value of the level; (3) otherwise (nearly collinear series) the score is
 * -inf and the p-value 0. A window holding NaN gives NaN. With very short windows (the default
 * 10 leaves 5 observations for up to 5 regressors) the test is degenerate, in statsmodels too.
 * Engine thread only.
 */
public final class CointN extends PairWindow {

    /** statsmodels' {@code SQRTEPS}: the square root of the double epsilon. */
    private static final double SQRTEPS = Math.sqrt(Math.ulp(1.0));

    private final MacKinnon.Trend trend;
    private final int maxLag;
    private final LeastSquares firstStage;
    private final LeastSquares adf;
    private final double[] resid;

    /** CointN(period=10, trend="c") of {@code data0} and {@code data1}. */
    public CointN(Line data0, Line data1) {
        this(data0, data1, 10, "c");
    }

    /**
     * The test over {@code period} bars with the deterministic terms {@code trend}: "c", "ct",
     * "ctt", or "n" (backtrader-era statsmodels: "nc").
     */
    public CointN(Line data0, Line data1, int period, String trend) {
        super(new String[] {"score", "pvalue"}, data0, data1, period);
        this.trend = MacKinnon.Trend.of(trend);
        int terms = this.trend.terms();
        if (period < 2 + terms) {
            throw new IllegalArgumentException("period must be >= " + (2 + terms) + " for trend '" + trend
                + "', got " + period);
        }
        this.maxLag = maxLag(period);
        this.firstStage = new LeastSquares(period, 1 + terms);
        this.adf = new LeastSquares(period - 1, maxLag + 1);
        this.resid = new double[period];
    }

    /** statsmodels' default ADF lag bound for {@code nobs} observations and no trend terms. */
    static int maxLag(int nobs) {
        int schwert = (int) Math.ceil(12.0 * Math.pow(nobs / 100.0, 1 / 4.0));
        return Math.min(nobs / 2 - 1, schwert);
    }

    @Override
    void compute(double[] y0, int f0, double[] y1, int f1, int n, double[] out) {
        double score = score(y0, f0, y1, f1, n);
        out[0] = score;
        out[1] = MacKinnon.pValue(score, trend, 2);
    }

    private double score(double[] y0, int f0, double[] y1, int f1, int n) {
        int cols = 1 + trend.terms();
        LeastSquares ls = firstStage;
        ls.shape(n, cols);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double a = y0[f0 + i];
            double b = y1[f1 + i];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            double t = i + 1;
            ls.y(i, a);
            ls.x(i, 0, b);
            if (cols > 1) {
                ls.x(i, 1, 1.0);
            }
            if (cols > 2) {
                ls.x(i, 2, t);
            }
            if (cols > 3) {
                ls.x(i, 3, t * t);
            }
            sum += a;
        }
        if (!ls.fit()) {
            return Double.NaN;
        }
        double mean = trend == MacKinnon.Trend.N ? 0.0 : sum / n;
        double tss = 0.0;
        for (int i = 0; i < n; i++) {
            double d = y0[f0 + i] - mean;
            tss += d * d;
        }
        double rsquared = 1.0 - ls.ssr() / tss;
        if (!(rsquared < 1.0 - 100.0 * SQRTEPS)) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            resid[i] = ls.residual(i);
        }
        return adfStatistic(resid, n);
    }

    /** The ADF t-statistic (no constant) of {@code e[0..n)} with the lag count chosen by AIC. */
    private double adfStatistic(double[] e, int n) {
        int rows = n - 1 - maxLag;
        int bestCols = -1;
        double bestAic = Double.NaN;
        for (int cols = 1; cols <= maxLag + 1; cols++) {
            fillAdf(e, n, maxLag, cols);
            if (!adf.fit()) {
                continue;
            }
            double aic = -2.0 * logLikelihood(adf.ssr(), rows) + 2.0 * cols;
            if (bestCols < 0 || aic < bestAic) {
                bestAic = aic;
                bestCols = cols;
            }
        }
        if (bestCols < 0) {
            return Double.NaN;
        }
        int lags = bestCols - 1;
        fillAdf(e, n, lags, bestCols);
        if (!adf.fit()) {
            return Double.NaN;
        }
        return adf.tValue(0);
    }

    /**
     * The Dickey-Fuller design over the sample that {@code sampleLags} lags leave: row r is time
     * t = r + sampleLags; y = e[t+1] - e[t]; regressors e[t], then the differences at t-1, t-2, ...
     */
    private void fillAdf(double[] e, int n, int sampleLags, int cols) {
        int rows = n - 1 - sampleLags;
        adf.shape(rows, cols);
        for (int r = 0; r < rows; r++) {
            int t = r + sampleLags;
            adf.y(r, e[t + 1] - e[t]);
            adf.x(r, 0, e[t]);
            for (int j = 1; j < cols; j++) {
                adf.x(r, j, e[t - j + 1] - e[t - j]);
            }
        }
    }

    /** The Gaussian log-likelihood of an OLS fit, as statsmodels computes it. */
    private static double logLikelihood(double ssr, int nobs) {
        double nobs2 = nobs / 2.0;
        return -nobs2 * Math.log(ssr) - (1.0 + Math.log(Math.PI / nobs2)) * nobs2;
    }
}
