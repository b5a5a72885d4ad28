package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.max;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** backtrader's {@code TrueHigh}: {@code max(high, close(-1))}. Line {@code truehigh}. Engine thread only. */
public final class TrueHigh extends CompositeIndicator {

    /** The true high of {@code data}. */
    public TrueHigh(DataFeed data) {
        super(new String[] {"truehigh"}, () -> new Line[] {max(data.high(), Delay.of(data.close(), 1))});
    }
}
