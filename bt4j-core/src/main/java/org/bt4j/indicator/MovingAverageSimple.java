package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code MovingAverageSimple} (aliases SMA, SimpleMovingAverage): the mean of the
 * last {@code period} values, {@code math.fsum(window) / period}, bit-identical to backtrader.
 * Line {@code sma}; minimum period = input's + period - 1. Engine thread only.
 */
public final class MovingAverageSimple extends WindowMean {

    /** Default period, as in backtrader's moving averages. */
    public static final int DEFAULT_PERIOD = 30;

    /** SMA(30) of {@code input}. */
    public MovingAverageSimple(Line input) {
        this(input, DEFAULT_PERIOD);
    }

    /** SMA of {@code input} over {@code period} bars. */
    public MovingAverageSimple(Line input, int period) {
        super("sma", input, period);
        declareParams("period", period);
    }
}
