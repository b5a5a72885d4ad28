package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code ExponentialMovingAverage} (aliases EMA, MovingAverageExponential):
 * alpha = 2 / (1 + period), seeded with the SMA of the first {@code period} values. Line
 * {@code ema}; default period 30. Engine thread only.
 */
public final class ExponentialMovingAverage extends Smoothing {

    /** EMA(30). */
    public ExponentialMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** EMA over {@code period}. */
    public ExponentialMovingAverage(Line input, int period) {
        super("ema", input, period, 2.0 / (1.0 + period));
        declareParams("period", period);
    }
}
