package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code ZeroLagExponentialMovingAverage} (aliases ZLEMA, ZeroLagEma):
 * {@code ema(2 * x - x(-lag))} with {@code lag = (period - 1) // 2}. Line {@code zlema}; default
 * period 30. Engine thread only.
 */
public final class ZeroLagExponentialMovingAverage extends CompositeIndicator {

    /** ZLEMA(30). */
    public ZeroLagExponentialMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** ZLEMA over {@code period}. */
    public ZeroLagExponentialMovingAverage(Line input, int period) {
        super(new String[] {"zlema"}, () -> new Line[] {build(input, period)});
    }

    private static Line build(Line x, int period) {
        int lag = Math.floorDiv(Params.period(period) - 1, 2);
        return MovAv.EMA.of(sub(mul(2.0, x), Delay.of(x, lag)), period);
    }
}
