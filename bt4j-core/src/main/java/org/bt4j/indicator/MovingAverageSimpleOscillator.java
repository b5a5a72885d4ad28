package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code MovingAverageSimpleOscillator}: {@code data - MovingAverageSimple(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class MovingAverageSimpleOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public MovingAverageSimpleOscillator(Line input) {
        this(input, building(() -> new MovingAverageSimple(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public MovingAverageSimpleOscillator(Line input, int period) {
        this(input, building(() -> new MovingAverageSimple(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public MovingAverageSimpleOscillator(Line input, MovingAverageSimple ma) {
        super(input, ma);
    }
}
