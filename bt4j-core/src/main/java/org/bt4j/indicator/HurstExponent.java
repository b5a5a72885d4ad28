package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code HurstExponent} (alias Hurst): over the last {@code period} values {@code ts},
 * for each lag in {@code [lag_start, lag_end)} the square root of the (population) standard
 * deviation of {@code ts[lag:] - ts[:-lag]}; the exponent is twice the slope of the least-squares
 * line of {@code log10(tau)} on {@code log10(lag)} (what backtrader gets from numpy's
 * {@code polyfit(..., 1)}). Line {@code hurst}; defaults period 40, lag_start 2 and lag_end
 * {@code period // 2} (0 means the default, as backtrader's {@code None}); minimum period = the
 * input's + period - 1. A window whose lagged differences do not vary gives NaN (log of 0).
 * Engine thread only.
 */
public final class HurstExponent extends WindowFunction {

    /** Default period. */
    public static final int DEFAULT_PERIOD = 40;

    private final int lagStart;
    private final int lagEnd;
    /** log10(lag) minus its mean, per lag. */
    private final double[] centredLogLags;
    private final double sxx;
    private final double[] logTau;

    /** Hurst(40, 2, 20). */
    public HurstExponent(Line input) {
        this(input, DEFAULT_PERIOD, 0, 0);
    }

    /**
     * Over {@code period} values with lags {@code lagStart} (0: 2) up to {@code lagEnd} (0:
     * {@code period / 2}), exclusive; at least two lags, each shorter than the period.
     */
    public HurstExponent(Line input, int period, int lagStart, int lagEnd) {
        super("hurst", input, period);
        this.lagStart = lagStart != 0 ? lagStart : 2;
        this.lagEnd = lagEnd != 0 ? lagEnd : period / 2;
        if (this.lagStart < 1 || this.lagEnd - this.lagStart < 2 || this.lagEnd > period) {
            throw new IllegalArgumentException("HurstExponent needs 1 <= lag_start, lag_end - lag_start >= 2 and"
                + " lag_end <= period; got period=" + period + ", lag_start=" + this.lagStart + ", lag_end="
                + this.lagEnd);
        }
        int lags = this.lagEnd - this.lagStart;
        this.centredLogLags = new double[lags];
        this.logTau = new double[lags];
        double mean = 0.0;
        for (int k = 0; k < lags; k++) {
            centredLogLags[k] = Math.log10(this.lagStart + k);
            mean += centredLogLags[k];
        }
        mean /= lags;
        double s = 0.0;
        for (int k = 0; k < lags; k++) {
            centredLogLags[k] -= mean;
            s += centredLogLags[k] * centredLogLags[k];
        }
        this.sxx = s;
    }

    /** The first lag used. */
    public int lagStart() {
        return lagStart;
    }

    /** One past the last lag used. */
    public int lagEnd() {
        return lagEnd;
    }

    @Override
    double apply(double[] a, int from, int n) {
        int lags = logTau.length;
        double meanLogTau = 0.0;
        for (int k = 0; k < lags; k++) {
            logTau[k] = Math.log10(Math.sqrt(laggedDifferenceStd(a, from, n, lagStart + k)));
            meanLogTau += logTau[k];
        }
        meanLogTau /= lags;
        double sxy = 0.0;
        for (int k = 0; k < lags; k++) {
            sxy += centredLogLags[k] * (logTau[k] - meanLogTau);
        }
        return 2.0 * (sxy / sxx);
    }

    /** numpy's {@code std(ts[lag:] - ts[:-lag])} (population: divides by the count). */
    private static double laggedDifferenceStd(double[] a, int from, int n, int lag) {
        int m = n - lag;
        double sum = 0.0;
        for (int i = 0; i < m; i++) {
            sum += a[from + i + lag] - a[from + i];
        }
        double mean = sum / m;
        double ss = 0.0;
        for (int i = 0; i < m; i++) {
            double d = a[from + i + lag] - a[from + i] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / m);
    }
}
