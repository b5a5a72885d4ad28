package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code AnyN}: over the last {@code period} values, 1.0 if any value is non-zero (NaN counts as true), else 0.0.
 * Line {@code anyn}; default period 1. Engine thread only.
 */
public final class AnyN extends WindowFunction {

    /** Over the last {@code period} values. */
    public AnyN(Line input, int period) {
        super("anyn", input, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        for (int j = from; j < from + n; j++) { if (a[j] != 0.0) { return 1.0; } } return 0.0;
    }
}
