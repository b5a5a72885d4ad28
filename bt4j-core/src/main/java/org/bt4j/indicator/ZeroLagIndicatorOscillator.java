package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code ZeroLagIndicatorOscillator}: {@code data - ZeroLagIndicator(data)}. Line: the average's
 * name. Engine thread only.
 */
public final class ZeroLagIndicatorOscillator extends MovingAverageOscillator {

    /** Oscillation around the default-period average. */
    public ZeroLagIndicatorOscillator(Line input) {
        this(input, building(() -> new ZeroLagIndicator(input)));
    }

    /** Oscillation around the average over {@code period}. */
    public ZeroLagIndicatorOscillator(Line input, int period) {
        this(input, building(() -> new ZeroLagIndicator(input, period)));
    }

    /** Oscillation of {@code input} around an already built average of it. */
    public ZeroLagIndicatorOscillator(Line input, ZeroLagIndicator ma) {
        super(input, ma);
    }
}
