package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code PercentChange}: {@code x / x(-period) - 1.0} (alias PctChange). Line {@code pctchange}; default period 30. Engine thread only.
 */
public final class PercentChange extends CompositeIndicator {

    /** With the default period 30. */
    public PercentChange(Line data) {
        this(data, 30);
    }

    /** Over {@code period}. */
    public PercentChange(Line data, int period) {
        super(new String[] {"pctchange"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return sub(div(data, past), 1.0);
    }
}
