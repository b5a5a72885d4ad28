package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code OLS_TransformationN}: the spread of {@code data0} over its rolling
 * regression on {@code data1} ({@link OLS_Slope_InterceptN} over {@code period}),
 * {@code spread = data0 - (slope * data1 + intercept)}, its SMA and standard deviation over
 * {@code period}, and {@code zscore = (spread - spread_mean) / spread_std}. Lines
 * {@code spread, spread_mean, spread_std, zscore}; default period 10. Minimum periods as in
 * backtrader (which binds the lines and does not add the period again): spread {@code period},
 * the others and the indicator {@code 2 * period - 1}. Engine thread only.
 */
public final class OLS_TransformationN extends CompositeIndicator {

    /** OLS_TransformationN(period=10) of {@code data0} on {@code data1}. */
    public OLS_TransformationN(Line data0, Line data1) {
        this(data0, data1, OLS_Slope_InterceptN.DEFAULT_PERIOD);
    }

    /** The regression spread of {@code data0} on {@code data1} over {@code period} bars. */
    public OLS_TransformationN(Line data0, Line data1, int period) {
        super(new String[] {"spread", "spread_mean", "spread_std", "zscore"}, () -> build(data0, data1, period));
    }

    private static Line[] build(Line data0, Line data1, int period) {
        OLS_Slope_InterceptN slint = new OLS_Slope_InterceptN(data0, data1, period);
        Line spread = sub(data0, add(mul(slint.slope(), data1), slint.intercept()));
        Line mean = new MovingAverageSimple(spread, period).line(0);
        Line std = new StandardDeviation(spread, period, MovAv.SMA, true).line(0);
        Line zscore = div(sub(spread, mean), std);
        return new Line[] {spread, mean, std, zscore};
    }
}
