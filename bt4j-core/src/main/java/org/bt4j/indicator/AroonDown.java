package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AroonDown} (Tushar Chande): AroonDown, each
 * {@code (100 / period) * (period - bars since the extreme)} over {@code period + 1} bars. Lines
 * {@code aroondown}; default period 14 (upperband 70, lowerband 30 are plot-only). Engine thread only.
 */
public final class AroonDown extends CompositeIndicator {

    /** Aroon(14). */
    public AroonDown(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public AroonDown(DataFeed data, int period) {
        super(new String[] {"aroondown"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        return new Line[] {AroonBase.down(d, period)};
    }
}
