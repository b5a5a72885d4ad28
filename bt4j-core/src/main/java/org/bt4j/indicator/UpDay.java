package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code UpDay}: {@code max(x - x(-period), 0.0)}. Line {@code upday}; default period 1. Engine thread only.
 */
public final class UpDay extends CompositeIndicator {

    /** With the default period 1. */
    public UpDay(Line data) {
        this(data, 1);
    }

    /** Over {@code period}. */
    public UpDay(Line data, int period) {
        super(new String[] {"upday"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return max(sub(data, past), 0.0);
    }
}
