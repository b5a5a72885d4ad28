package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code ZeroLagExponentialMovingAverageOscillator}: {@code data - ZeroLagExponentialMovingAverage(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class ZeroLagExponentialMovingAverageOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public ZeroLagExponentialMovingAverageOscillator(Line input) {
        this(input, building(() -> new ZeroLagExponentialMovingAverage(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public ZeroLagExponentialMovingAverageOscillator(Line input, int period) {
        this(input, building(() -> new ZeroLagExponentialMovingAverage(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public ZeroLagExponentialMovingAverageOscillator(Line input, ZeroLagExponentialMovingAverage ma) {
        super(input, ma);
    }
}
