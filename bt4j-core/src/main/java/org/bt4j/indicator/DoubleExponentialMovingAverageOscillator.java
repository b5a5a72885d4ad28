package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code DoubleExponentialMovingAverageOscillator}: {@code data - DoubleExponentialMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class DoubleExponentialMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public DoubleExponentialMovingAverageOscillator(Line input) {
        this(input, building(() -> new DoubleExponentialMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public DoubleExponentialMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new DoubleExponentialMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public DoubleExponentialMovingAverageOscillator(Line input, DoubleExponentialMovingAverage ma) {
        super(input, ma);
    }
}
