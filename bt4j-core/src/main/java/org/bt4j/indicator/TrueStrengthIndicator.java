package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code TrueStrengthIndicator} (alias TSI):
 * {@code 100 * EMA(EMA(pc, period1), period2) / EMA(EMA(|pc|, period1), period2)} with
 * {@code pc = x - x(-pchange)}. Line {@code tsi}; defaults 25, 13, 1. Engine thread only.
 */
public final class TrueStrengthIndicator extends CompositeIndicator {

    /** TSI(25, 13, 1). */
    public TrueStrengthIndicator(Line data) {
        this(data, 25, 13, 1);
    }

    /** With every parameter. */
    public TrueStrengthIndicator(Line data, int period1, int period2, int pchange) {
        super(new String[] {"tsi"}, () -> new Line[] {build(data, period1, period2, pchange)});
    }

    private static Line build(Line data, int p1, int p2, int pchange) {
        Line pc = sub(data, Delay.of(data, pchange));
        Line sm12 = MovAv.EMA.of(MovAv.EMA.of(pc, p1), p2);
        Line sm22 = MovAv.EMA.of(MovAv.EMA.of(abs(pc), p1), p2);
        return mul(100.0, div(sm12, sm22));
    }
}
