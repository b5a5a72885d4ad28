package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code PivotPoint}: pivot {@code p} (see the {@code open}/{@code close} variants),
 * {@code s1 = 2p - h}, {@code s2 = p - (h - l)}, {@code r1 = 2p - l}, {@code r2 = p + (h - l)}.
 * Usually fed a higher-timeframe data. Lines {@code p, s1, s2, r1, r2}. Engine thread only.
 */
public final class PivotPoint extends CompositeIndicator {

    /** The classic pivot. */
    public PivotPoint(DataFeed data) {
        this(data, false, false);
    }

    /** With the {@code open} (add the open) and {@code close} (double the close) variants. */
    public PivotPoint(DataFeed data, boolean open, boolean close) {
        super(new String[] {"p", "s1", "s2", "r1", "r2"}, () -> build(data, open, close));
    }

    private static Line[] build(DataFeed d, boolean open, boolean close) {
        Line p = Pivots.pivot(d, open, close);
        Line hl = sub(d.high(), d.low());
        return new Line[] {p, sub(mul(2.0, p), d.high()), sub(p, hl), sub(mul(2.0, p), d.low()), add(p, hl)};
    }
}
