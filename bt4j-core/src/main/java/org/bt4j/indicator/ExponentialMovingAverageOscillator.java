package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code ExponentialMovingAverageOscillator}: {@code data - ExponentialMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class ExponentialMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public ExponentialMovingAverageOscillator(Line input) {
        this(input, building(() -> new ExponentialMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public ExponentialMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new ExponentialMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public ExponentialMovingAverageOscillator(Line input, ExponentialMovingAverage ma) {
        super(input, ma);
    }
}
