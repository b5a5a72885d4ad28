package org.bt4j.indicator;

import org.bt4j.line.Line;
import org.bt4j.line.LineSeries;

/**
 * backtrader's {@code CrossUp}: 1.0 on the bar where {@code a} crosses {@code b} upwards, else 0.0. The comparison uses the last
 * non-zero difference ({@link NonZeroDifference}), so touching and then crossing still counts.
 * Line {@code cross}; minimum period = the larger of the inputs' + 1. Engine thread only.
 */
public final class CrossUp extends CrossBase {

    /**
     * Crossings of {@code a} over {@code b}: lines, or data feeds and indicators (their first
     * line), as backtrader's {@code CrossUp(ma1, ma2)}.
     */
    public CrossUp(LineSeries a, LineSeries b) {
        this(a.line(0), b.line(0));
    }

    private CrossUp(Line a, Line b) {
        this(building(() -> new NonZeroDifference(a, b)), a, b);
    }

    private CrossUp(NonZeroDifference nzd, Line a, Line b) {
        super("cross", true, false, nzd, a, b);
    }
}
