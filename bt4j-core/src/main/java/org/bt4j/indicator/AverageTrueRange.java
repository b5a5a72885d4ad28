package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AverageTrueRange} (alias ATR): {@code movav(TrueRange, period)}. Line
 * {@code atr}; defaults period 14, SMMA. Engine thread only.
 */
public final class AverageTrueRange extends CompositeIndicator {

    /** ATR(14). */
    public AverageTrueRange(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** ATR over {@code period} with SMMA. */
    public AverageTrueRange(DataFeed data, int period) {
        this(data, period, MovAv.SMMA);
    }

    /** With every parameter. */
    public AverageTrueRange(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"atr"}, () -> new Line[] {movav.of(new TrueRange(data).line(0), period)});
        declareParams("period", period, "movav", MovAv.className(movav));
    }
}
