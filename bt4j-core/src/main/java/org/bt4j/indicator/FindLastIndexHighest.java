package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindLastIndexHighest}: over the last {@code period} values, how many bars ago the oldest highest value was (0 = current).
 * Line {@code index}; default period 1. Engine thread only.
 */
public final class FindLastIndexHighest extends WindowFunction {

    /** Over the last {@code period} values. */
    public FindLastIndexHighest(Line input, int period) {
        super("index", input, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        double m = max(a, from, n); for (int k = 0; k < n; k++) { if (a[from + k] == m) { return n - k - 1; } } return Double.NaN;
    }
}
