package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code SmoothedMovingAverage} (aliases SMMA, WilderMA, MovingAverageSmoothed,
 * MovingAverageWilder, ModifiedMovingAverage): alpha = 1 / period, seeded with the SMA. Line
 * {@code smma}; default period 30. Engine thread only.
 */
public final class SmoothedMovingAverage extends Smoothing {

    /** SMMA(30). */
    public SmoothedMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** SMMA over {@code period}. */
    public SmoothedMovingAverage(Line input, int period) {
        super("smma", input, period, 1.0 / period);
        declareParams("period", period);
    }
}
