package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code DownDayBool}: {@code x(-period) > x} as 1.0/0.0. Line {@code downday}; default period 1. Engine thread only.
 */
public final class DownDayBool extends CompositeIndicator {

    /** With the default period 1. */
    public DownDayBool(Line data) {
        this(data, 1);
    }

    /** Over {@code period}. */
    public DownDayBool(Line data, int period) {
        super(new String[] {"downday"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return gt(past, data);
    }
}
