package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Highest} (alias MaxN): over the last {@code period} values, the highest value.
 * Line {@code highest}; default period 1. Engine thread only.
 */
public final class Highest extends WindowFunction {

    /** Over the last {@code period} values. */
    public Highest(Line input, int period) {
        super("highest", input, period);
        declareParams("period", period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        return max(a, from, n);
    }
}
