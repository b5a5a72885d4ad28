package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code WeightedAverage} (alias AverageWeighted):
 * {@code coef * fsum(x[j] * weights[j])} over the last {@code period} values. Line {@code av};
 * defaults period 1, coef 1.0, no weights. Engine thread only.
 */
public final class WeightedAverage extends WeightedWindow {

    /** A weighted average with the given coefficient and weights (oldest value first). */
    public WeightedAverage(Line input, int period, double coef, double... weights) {
        super("av", input, period, coef, weights);
    }
}
