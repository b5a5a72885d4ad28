package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.max;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code MomentumOscillator}: {@code 100.0 * (x / x(-period))} (alias MomentumOsc). Line {@code momosc}; default period 12. Engine thread only.
 */
public final class MomentumOscillator extends CompositeIndicator {

    /** With the default period 12. */
    public MomentumOscillator(Line data) {
        this(data, 12);
    }

    /** Over {@code period}. */
    public MomentumOscillator(Line data, int period) {
        super(new String[] {"momosc"}, () -> new Line[] {build(data, Params.period(period))});
    }

    private static Line build(Line data, int period) {
        Line past = Delay.of(data, period);
        return mul(100.0, div(data, past));
    }
}
