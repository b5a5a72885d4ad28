package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code RateOfChange}: {@code (x - x(-period)) / x(-period)} (alias ROC). Line {@code roc}; default period 12. Engine thread only.
 */
public final class RateOfChange extends CompositeIndicator {

    /** With the default period 12. */
    public RateOfChange(Line data) {
        this(data, 12);
    }

    /** Over {@code period}. */
    public RateOfChange(Line data, int period) {
        super(new String[] {"roc"}, () -> new Line[] {build(data, Params.period(period))});
        declareParams("period", period);
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return div(sub(data, past), past);
    }
}
