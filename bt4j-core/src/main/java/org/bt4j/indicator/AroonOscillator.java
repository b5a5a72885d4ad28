package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AroonOscillator} (alias AroonOsc) (Tushar Chande): AroonUp - AroonDown, each
 * {@code (100 / period) * (period - bars since the extreme)} over {@code period + 1} bars. Lines
 * {@code aroonosc}; default period 14 (upperband 70, lowerband 30 are plot-only). Engine thread only.
 */
public final class AroonOscillator extends CompositeIndicator {

    /** Aroon(14). */
    public AroonOscillator(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public AroonOscillator(DataFeed data, int period) {
        super(new String[] {"aroonosc"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        return new Line[] {LineOp.sub(AroonBase.up(d, period), AroonBase.down(d, period))};
    }
}
