package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AroonUpDown} (alias AroonIndicator) (Tushar Chande): AroonUp and AroonDown, each
 * {@code (100 / period) * (period - bars since the extreme)} over {@code period + 1} bars. Lines
 * {@code aroonup,aroondown}; default period 14 (upperband 70, lowerband 30 are plot-only). Engine thread only.
 */
public final class AroonUpDown extends CompositeIndicator {

    /** Aroon(14). */
    public AroonUpDown(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public AroonUpDown(DataFeed data, int period) {
        super(new String[] {"aroonup", "aroondown"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        return new Line[] {AroonBase.up(d, period), AroonBase.down(d, period)};
    }
}
