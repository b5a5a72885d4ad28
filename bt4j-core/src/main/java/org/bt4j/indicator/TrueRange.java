package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** backtrader's {@code TrueRange} (alias TR): {@code TrueHigh - TrueLow}. Line {@code tr}. Engine thread only. */
public final class TrueRange extends CompositeIndicator {

    /** The true range of {@code data}. */
    public TrueRange(DataFeed data) {
        super(new String[] {"tr"}, () -> new Line[] {build(data)});
    }

    static Line build(DataFeed data) {
        return sub(new TrueHigh(data).line(0), new TrueLow(data).line(0));
    }
}
