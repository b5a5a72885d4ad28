package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code OLS_BetaN}: the beta (slope) of the least-squares regression of
 * {@code data0} on {@code data1} with a constant over the last {@code period} bars, what
 * backtrader takes from {@code pandas.ols(y=data0, x=data1).beta['x']}. Line {@code beta}; default
 * period 10; minimum period = the inputs' larger + period - 1. Same arithmetic as
 * {@link OLS_Slope_InterceptN#slope()}. Engine thread only.
 */
public final class OLS_BetaN extends PairWindow {

    private final double[] fit = new double[2];

    /** OLS_BetaN(period=10) of {@code data0} on {@code data1}. */
    public OLS_BetaN(Line data0, Line data1) {
        this(data0, data1, OLS_Slope_InterceptN.DEFAULT_PERIOD);
    }

    /** The beta of {@code data0} on {@code data1} over {@code period} bars. */
    public OLS_BetaN(Line data0, Line data1, int period) {
        super(new String[] {"beta"}, data0, data1, period);
    }

    @Override
    void compute(double[] y, int fy, double[] x, int fx, int n, double[] out) {
        OLS_Slope_InterceptN.regress(y, fy, x, fx, n, fit);
        out[0] = fit[0];
    }
}
