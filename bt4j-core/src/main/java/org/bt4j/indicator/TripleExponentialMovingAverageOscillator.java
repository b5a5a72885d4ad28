package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code TripleExponentialMovingAverageOscillator}: {@code data - TripleExponentialMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class TripleExponentialMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public TripleExponentialMovingAverageOscillator(Line input) {
        this(input, building(() -> new TripleExponentialMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public TripleExponentialMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new TripleExponentialMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public TripleExponentialMovingAverageOscillator(Line input, TripleExponentialMovingAverage ma) {
        super(input, ma);
    }
}
