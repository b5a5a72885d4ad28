package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AroonUp} (Tushar Chande): AroonUp, each
 * {@code (100 / period) * (period - bars since the extreme)} over {@code period + 1} bars. Lines
 * {@code aroonup}; default period 14 (upperband 70, lowerband 30 are plot-only). Engine thread only.
 */
public final class AroonUp extends CompositeIndicator {

    /** Aroon(14). */
    public AroonUp(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public AroonUp(DataFeed data, int period) {
        super(new String[] {"aroonup"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        return new Line[] {AroonBase.up(d, period)};
    }
}
