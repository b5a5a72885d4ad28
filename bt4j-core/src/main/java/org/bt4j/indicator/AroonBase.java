package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** The Aroon lines (backtrader's {@code _AroonBase}): distances to the highest high / lowest low over period + 1 bars. */
final class AroonBase {

    private AroonBase() {
    }

    /** {@code (100 / period) * (period - bars since the highest high)}. */
    static Line up(DataFeed d, int period) {
        Line idx = new FindFirstIndexHighest(d.high(), Params.period(period) + 1).line(0);
        return mul(100.0 / period, sub((double) period, idx));
    }

    /** {@code (100 / period) * (period - bars since the lowest low)}. */
    static Line down(DataFeed d, int period) {
        Line idx = new FindFirstIndexLowest(d.low(), Params.period(period) + 1).line(0);
        return mul(100.0 / period, sub((double) period, idx));
    }
}
