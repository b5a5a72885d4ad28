package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code RateOfChange100}: {@code 100.0 * ROC(period)} (alias ROC100). Line {@code roc100}; default period 12. Engine thread only.
 */
public final class RateOfChange100 extends CompositeIndicator {

    /** With the default period 12. */
    public RateOfChange100(Line data) {
        this(data, 12);
    }

    /** Over {@code period}. */
    public RateOfChange100(Line data, int period) {
        super(new String[] {"roc100"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return mul(100.0, div(sub(data, past), past));
    }
}
