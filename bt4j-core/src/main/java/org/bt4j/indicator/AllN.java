package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code AllN}: over the last {@code period} values, 1.0 if every value is non-zero (NaN counts as true), else 0.0.
 * Line {@code alln}; default period 1. Engine thread only.
 */
public final class AllN extends WindowFunction {

    /** Over the last {@code period} values. */
    public AllN(Line input, int period) {
        super("alln", input, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        for (int j = from; j < from + n; j++) { if (a[j] == 0.0) { return 0.0; } } return 1.0;
    }
}
