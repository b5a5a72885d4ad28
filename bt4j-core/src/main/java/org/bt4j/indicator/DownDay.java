package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code DownDay}: {@code max(x(-period) - x, 0.0)}. Line {@code downday}; default period 1. Engine thread only.
 */
public final class DownDay extends CompositeIndicator {

    /** With the default period 1. */
    public DownDay(Line data) {
        this(data, 1);
    }

    /** Over {@code period}. */
    public DownDay(Line data, int period) {
        super(new String[] {"downday"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return max(sub(past, data), 0.0);
    }
}
