package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code WilliamsAD}: accumulation/distribution
 * {@code Accum(If(UpDay, close - TrueLow, 0) + If(DownDay, close - TrueHigh, 0))}. Line {@code ad}.
 * Engine thread only.
 */
public final class WilliamsAD extends CompositeIndicator {

    /** Williams A/D of {@code data}. */
    public WilliamsAD(DataFeed data) {
        super(new String[] {"ad"}, () -> new Line[] {build(data)});
    }

    private static Line build(DataFeed data) {
        Line c = data.close();
        Line up = new UpDay(c).line(0);
        Line down = new DownDay(c).line(0);
        Line adup = Functions.If(up, sub(c, new TrueLow(data).line(0)), 0.0);
        Line addown = Functions.If(down, sub(c, new TrueHigh(data).line(0)), 0.0);
        return new Accum(add(adup, addown)).line(0);
    }
}
