package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code WeightedMovingAverageOscillator}: {@code data - WeightedMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class WeightedMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public WeightedMovingAverageOscillator(Line input) {
        this(input, building(() -> new WeightedMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public WeightedMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new WeightedMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public WeightedMovingAverageOscillator(Line input, WeightedMovingAverage ma) {
        super(input, ma);
    }
}
