package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code AdaptiveMovingAverageOscillator}: {@code data - AdaptiveMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class AdaptiveMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public AdaptiveMovingAverageOscillator(Line input) {
        this(input, building(() -> new AdaptiveMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public AdaptiveMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new AdaptiveMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public AdaptiveMovingAverageOscillator(Line input, AdaptiveMovingAverage ma) {
        super(input, ma);
    }
}
