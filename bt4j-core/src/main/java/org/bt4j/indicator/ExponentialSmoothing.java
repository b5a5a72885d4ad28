package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code ExponentialSmoothing} (alias ExpSmoothing): seeded with the mean of the first
 * {@code period} values, then {@code prev * (1 - alpha) + x * alpha}; alpha defaults to
 * {@code 2 / (1 + period)}. Line {@code av}; default period 1. Engine thread only.
 */
public final class ExponentialSmoothing extends Smoothing {

    /** Smoothing with the default alpha {@code 2 / (1 + period)}. */
    public ExponentialSmoothing(Line input, int period) {
        this(input, period, Double.NaN);
    }

    /** Smoothing with {@code alpha}; NaN means the default {@code 2 / (1 + period)}. */
    public ExponentialSmoothing(Line input, int period, double alpha) {
        super("av", input, period, Double.isNaN(alpha) ? 2.0 / (1.0 + period) : alpha);
    }
}
