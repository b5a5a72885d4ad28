package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.min;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** backtrader's {@code TrueLow}: {@code min(low, close(-1))}. Line {@code truelow}. Engine thread only. */
public final class TrueLow extends CompositeIndicator {

    /** The true low of {@code data}. */
    public TrueLow(DataFeed data) {
        super(new String[] {"truelow"}, () -> new Line[] {min(data.low(), Delay.of(data.close(), 1))});
    }
}
