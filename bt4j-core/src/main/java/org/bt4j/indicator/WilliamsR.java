package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code WilliamsR}: {@code -100 * (HH - close) / (HH - LL)} over {@code period}.
 * Line {@code percR}; default period 14 (upperband -20, lowerband -80 are plot-only). Engine
 * thread only.
 */
public final class WilliamsR extends CompositeIndicator {

    /** WilliamsR(14). */
    public WilliamsR(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public WilliamsR(DataFeed data, int period) {
        super(new String[] {"percR"}, () -> new Line[] {build(data, period)});
    }

    private static Line build(DataFeed data, int period) {
        Line h = new Highest(data.high(), period).line(0);
        Line l = new Lowest(data.low(), period).line(0);
        return div(mul(-100.0, sub(h, data.close())), sub(h, l));
    }
}
