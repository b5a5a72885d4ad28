package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code HullMovingAverageOscillator}: {@code data - HullMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class HullMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public HullMovingAverageOscillator(Line input) {
        this(input, building(() -> new HullMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public HullMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new HullMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public HullMovingAverageOscillator(Line input, HullMovingAverage ma) {
        super(input, ma);
    }
}
