package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindFirstIndexHighest}: over the last {@code period} values, how many bars ago the most recent highest value was (0 = current).
 * Line {@code index}; default period 1. Engine thread only.
 */
public final class FindFirstIndexHighest extends WindowFunction {

    /** Over the last {@code period} values. */
    public FindFirstIndexHighest(Line input, int period) {
        super("index", input, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        double m = max(a, from, n); for (int k = 0; k < n; k++) { if (a[from + n - 1 - k] == m) { return k; } } return Double.NaN;
    }
}
