package org.bt4j.indicator;

import org.bt4j.line.Line;
import org.bt4j.line.LineSeries;

/**
 * backtrader's {@code CrossOver}: +1.0 when {@code a} crosses {@code b} upwards, -1.0 when downwards, else 0.0. The comparison uses the last
 * non-zero difference ({@link NonZeroDifference}), so touching and then crossing still counts.
 * Line {@code crossover}; minimum period = the larger of the inputs' + 1. Engine thread only.
 */
public final class CrossOver extends CrossBase {

    /**
     * Crossings of {@code a} over {@code b}: lines, or data feeds and indicators (their first
     * line), as backtrader's {@code CrossOver(ma1, ma2)}.
     */
    public CrossOver(LineSeries a, LineSeries b) {
        this(a.line(0), b.line(0));
    }

    private CrossOver(Line a, Line b) {
        this(building(() -> new NonZeroDifference(a, b)), a, b);
    }

    private CrossOver(NonZeroDifference nzd, Line a, Line b) {
        super("crossover", true, true, nzd, a, b);
    }
}
