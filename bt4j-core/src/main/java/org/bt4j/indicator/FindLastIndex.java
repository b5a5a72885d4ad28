package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindLastIndex}: with {@code m = _evalfunc(window)} over the last
 * {@code period} values, how many bars ago the oldest value equal to {@code m} is (0 = the current
 * bar). NaN when no value equals {@code m}. Line {@code index}; minimum period = the input's +
 * period - 1. Subclassed by {@link FindLastIndexHighest} and {@link FindLastIndexLowest}.
 * Engine thread only.
 */
public class FindLastIndex extends WindowFunction {

    private final WindowOp evalfunc;
    private final ArrayWindow view = new ArrayWindow();

    /** The bars-ago index of the oldest value equal to {@code evalfunc(window)}. */
    public FindLastIndex(Line input, int period, WindowOp evalfunc) {
        super("index", input, period);
        if (evalfunc == null) {
            throw new IllegalArgumentException("FindLastIndex needs an _evalfunc");
        }
        this.evalfunc = evalfunc;
    }

    @Override
    final double apply(double[] a, int from, int n) {
        double m = evalfunc.apply(view.reset(a, from, n));
        for (int k = 0; k < n; k++) {
            if (a[from + k] == m) {
                return n - k - 1;
            }
        }
        return Double.NaN;
    }
}
