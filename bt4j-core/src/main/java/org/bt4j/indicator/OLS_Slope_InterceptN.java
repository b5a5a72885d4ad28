package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code OLS_Slope_InterceptN}: the ordinary least-squares line of {@code data0} on
 * {@code data1} (with a constant) over the last {@code period} bars, as backtrader gets it from
 * statsmodels' {@code OLS(data0, add_constant(data1))}. Lines {@code slope, intercept}; default
 * period 10; minimum period = the inputs' larger + period - 1. In plain Java: the centred
 * closed form {@code slope = Sxy / Sxx}, {@code intercept = mean(y) - slope * mean(x)}; when
 * {@code data1} is constant over the window the minimum-norm solution statsmodels' pseudo-inverse
 * gives. Engine thread only.
 */
public final class OLS_Slope_InterceptN extends PairWindow {

    /** Default period. */
    public static final int DEFAULT_PERIOD = 10;

    /** OLS_Slope_InterceptN(period=10) of {@code data0} on {@code data1}. */
    public OLS_Slope_InterceptN(Line data0, Line data1) {
        this(data0, data1, DEFAULT_PERIOD);
    }

    /** The regression of {@code data0} on {@code data1} over {@code period} bars. */
    public OLS_Slope_InterceptN(Line data0, Line data1, int period) {
        super(new String[] {"slope", "intercept"}, data0, data1, period);
    }

    /** The slope line. */
    public Line slope() {
        return line(0);
    }

    /** The intercept line. */
    public Line intercept() {
        return line(1);
    }

    @Override
    void compute(double[] y, int fy, double[] x, int fx, int n, double[] out) {
        regress(y, fy, x, fx, n, out);
    }

    /** Least squares {@code y = slope * x + intercept}: {@code out[0] = slope, out[1] = intercept}. */
    static void regress(double[] y, int fy, double[] x, int fx, int n, double[] out) {
        double sx = 0.0;
        double sy = 0.0;
        for (int j = 0; j < n; j++) {
            sx += x[fx + j];
            sy += y[fy + j];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0.0;
        double sxy = 0.0;
        for (int j = 0; j < n; j++) {
            double dx = x[fx + j] - mx;
            sxx += dx * dx;
            sxy += dx * (y[fy + j] - my);
        }
        if (sxx == 0.0 && !Double.isNaN(mx)) {
            // x constant (= mx): rank 1; the pseudo-inverse picks the smallest (intercept, slope)
            // with intercept + mx * slope = mean(y)
            double scale = my / (1.0 + mx * mx);
            out[0] = mx * scale;
            out[1] = scale;
            return;
        }
        double slope = sxy / sxx;
        out[0] = slope;
        out[1] = my - slope * mx;
    }
}
