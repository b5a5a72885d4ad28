package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Momentum}: {@code x - x(-period)}. Line {@code momentum}; default period 12. Engine thread only.
 */
public final class Momentum extends CompositeIndicator {

    /** With the default period 12. */
    public Momentum(Line data) {
        this(data, 12);
    }

    /** Over {@code period}. */
    public Momentum(Line data, int period) {
        super(new String[] {"momentum"}, () -> new Line[] {build(data, Params.period(period))});
        declareParams("period", period);
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return sub(data, past);
    }
}
