package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AroonUpDownOscillator} (alias AroonUpDownOsc) (Tushar Chande): AroonUp, AroonDown and their difference, each
 * {@code (100 / period) * (period - bars since the extreme)} over {@code period + 1} bars. Lines
 * {@code aroonup,aroondown,aroonosc}; default period 14 (upperband 70, lowerband 30 are plot-only). Engine thread only.
 */
public final class AroonUpDownOscillator extends CompositeIndicator {

    /** Aroon(14). */
    public AroonUpDownOscillator(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public AroonUpDownOscillator(DataFeed data, int period) {
        super(new String[] {"aroonup", "aroondown", "aroonosc"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        Line up = AroonBase.up(d, period);
        Line down = AroonBase.down(d, period);
        return new Line[] {up, down, LineOp.sub(up, down)};
    }
}
