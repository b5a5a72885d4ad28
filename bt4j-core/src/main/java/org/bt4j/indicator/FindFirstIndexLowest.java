package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindFirstIndexLowest}: over the last {@code period} values, how many bars ago the most recent lowest value was (0 = current).
 * Line {@code index}; default period 1. Engine thread only.
 */
public final class FindFirstIndexLowest extends WindowFunction {

    /** Over the last {@code period} values. */
    public FindFirstIndexLowest(Line input, int period) {
        super("index", input, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        double m = min(a, from, n); for (int k = 0; k < n; k++) { if (a[from + n - 1 - k] == m) { return k; } } return Double.NaN;
    }
}
