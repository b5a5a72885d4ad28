package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindFirstIndex}: with {@code m = _evalfunc(window)} over the last
 * {@code period} values, how many bars ago the most recent value equal to {@code m} is (0 = the
 * current bar). NaN when no value equals {@code m} (backtrader raises StopIteration there). Line
 * {@code index}; minimum period = the input's + period - 1. Subclassed by
 * {@link FindFirstIndexHighest} and {@link FindFirstIndexLowest}. Engine thread only.
 */
public class FindFirstIndex extends WindowFunction {

    private final WindowOp evalfunc;
    private final ArrayWindow view = new ArrayWindow();

    /** The bars-ago index of the most recent value equal to {@code evalfunc(window)}. */
    public FindFirstIndex(Line input, int period, WindowOp evalfunc) {
        super("index", input, period);
        if (evalfunc == null) {
            throw new IllegalArgumentException("FindFirstIndex needs an _evalfunc");
        }
        this.evalfunc = evalfunc;
    }

    @Override
    final double apply(double[] a, int from, int n) {
        double m = evalfunc.apply(view.reset(a, from, n));
        for (int k = 0; k < n; k++) {
            if (a[from + n - 1 - k] == m) {
                return k;
            }
        }
        return Double.NaN;
    }
}
