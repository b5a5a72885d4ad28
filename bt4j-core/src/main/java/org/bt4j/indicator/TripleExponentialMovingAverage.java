package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code TripleExponentialMovingAverage} (aliases TEMA,
 * MovingAverageTripleExponential): {@code 3*ema1 - 3*ema2 + ema3}. Line {@code tema}; default
 * period 30. Engine thread only.
 */
public final class TripleExponentialMovingAverage extends CompositeIndicator {

    /** TEMA(30). */
    public TripleExponentialMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** TEMA over {@code period}. */
    public TripleExponentialMovingAverage(Line input, int period) {
        super(new String[] {"tema"}, () -> new Line[] {build(input, period)});
    }

    private static Line build(Line input, int period) {
        Line e1 = MovAv.EMA.of(input, period);
        Line e2 = MovAv.EMA.of(e1, period);
        Line e3 = MovAv.EMA.of(e2, period);
        return add(sub(mul(3.0, e1), mul(3.0, e2)), e3);
    }
}
