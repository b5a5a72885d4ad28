package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code DicksonMovingAverageOscillator}: {@code data - DicksonMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class DicksonMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public DicksonMovingAverageOscillator(Line input) {
        this(input, building(() -> new DicksonMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public DicksonMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new DicksonMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public DicksonMovingAverageOscillator(Line input, DicksonMovingAverage ma) {
        super(input, ma);
    }
}
