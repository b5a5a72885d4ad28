package org.bt4j.indicator;

import org.bt4j.line.Line;
import org.bt4j.line.LineSeries;

/**
 * backtrader's {@code CrossDown}: 1.0 on the bar where {@code a} crosses {@code b} downwards, else 0.0. The comparison uses the last
 * non-zero difference ({@link NonZeroDifference}), so touching and then crossing still counts.
 * Line {@code cross}; minimum period = the larger of the inputs' + 1. Engine thread only.
 */
public final class CrossDown extends CrossBase {

    /**
     * Crossings of {@code a} over {@code b}: lines, or data feeds and indicators (their first
     * line), as backtrader's {@code CrossDown(ma1, ma2)}.
     */
    public CrossDown(LineSeries a, LineSeries b) {
        this(a.line(0), b.line(0));
    }

    private CrossDown(Line a, Line b) {
        this(building(() -> new NonZeroDifference(a, b)), a, b);
    }

    private CrossDown(NonZeroDifference nzd, Line a, Line b) {
        super("cross", false, true, nzd, a, b);
    }
}
