package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code DoubleExponentialMovingAverage} (aliases DEMA,
 * MovingAverageDoubleExponential): {@code 2.0 * ema - ema(ema)}. Line {@code dema}; default
 * period 30. Engine thread only.
 */
public final class DoubleExponentialMovingAverage extends CompositeIndicator {

    /** DEMA(30). */
    public DoubleExponentialMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** DEMA over {@code period}. */
    public DoubleExponentialMovingAverage(Line input, int period) {
        super(new String[] {"dema"}, () -> new Line[] {build(input, period)});
        declareParams("period", period, "_movav", "EMA");
    }

    private static Line build(Line input, int period) {
        Line ema = MovAv.EMA.of(input, period);
        Line ema2 = MovAv.EMA.of(ema, period);
        return sub(mul(2.0, ema), ema2);
    }
}
