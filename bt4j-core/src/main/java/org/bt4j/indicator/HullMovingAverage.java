package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code HullMovingAverage} (aliases HMA, HullMA):
 * {@code wma(2 * wma(x, period // 2) - wma(x, period), int(sqrt(period)))}. Line {@code hma};
 * default period 30 (minimum period 34). Engine thread only.
 */
public final class HullMovingAverage extends CompositeIndicator {

    /** HMA(30). */
    public HullMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** HMA over {@code period}. */
    public HullMovingAverage(Line input, int period) {
        super(new String[] {"hma"}, () -> new Line[] {build(input, period)});
        declareParams("period", period, "_movav", "WMA");
    }

    private static Line build(Line x, int period) {
        Params.atLeast("period", period, 2);
        Line wma = MovAv.WMA.of(x, period);
        Line wma2 = mul(2.0, MovAv.WMA.of(x, period / 2));
        return MovAv.WMA.of(sub(wma2, wma), (int) Math.sqrt(period));
    }
}
