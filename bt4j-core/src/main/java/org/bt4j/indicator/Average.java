package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Average} (aliases ArithmeticMean, Mean): {@code math.fsum(window) / period}.
 * Line {@code av}; default period 1. Same numbers as {@link MovingAverageSimple}. Engine thread only.
 */
public final class Average extends WindowMean {

    /** Average over one bar (backtrader's default period). */
    public Average(Line input) {
        this(input, 1);
    }

    /** Average of {@code input} over {@code period} bars. */
    public Average(Line input, int period) {
        super("av", input, period);
    }
}
