package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Lowest} (alias MinN): over the last {@code period} values, the lowest value.
 * Line {@code lowest}; default period 1. Engine thread only.
 */
public final class Lowest extends WindowFunction {

    /** Over the last {@code period} values. */
    public Lowest(Line input, int period) {
        super("lowest", input, period);
        declareParams("period", period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        return min(a, from, n);
    }
}
