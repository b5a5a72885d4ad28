package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code SmoothedMovingAverageOscillator}: {@code data - SmoothedMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class SmoothedMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public SmoothedMovingAverageOscillator(Line input) {
        this(input, building(() -> new SmoothedMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public SmoothedMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new SmoothedMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public SmoothedMovingAverageOscillator(Line input, SmoothedMovingAverage ma) {
        super(input, ma);
    }
}
