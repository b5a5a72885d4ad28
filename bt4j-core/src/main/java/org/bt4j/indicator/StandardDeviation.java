package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code StandardDeviation} (alias StdDev):
 * {@code sqrt(movav(x^2) - mean^2)} with {@code mean = movav(x)} unless given. Line
 * {@code stddev}; defaults period 20, SMA, safepow True (negatives from rounding clamped to 0:
 * backtrader's code, whose docstring says False). Engine thread only.
 */
public final class StandardDeviation extends CompositeIndicator {

    /** StdDev(20). */
    public StandardDeviation(Line data) {
        this(data, 20, MovAv.SMA, true);
    }

    /** StdDev over {@code period} with its own moving-average mean. */
    public StandardDeviation(Line data, int period, MovingAverageType movav, boolean safepow) {
        this(data, null, period, movav, safepow);
    }

    /** StdDev of {@code data} around a given {@code mean} line (null: movav of data). */
    public StandardDeviation(Line data, Line mean, int period, MovingAverageType movav, boolean safepow) {
        super(new String[] {"stddev"}, () -> new Line[] {build(data, mean, period, movav, safepow)});
        declareParams("period", period, "movav", MovAv.className(movav), "safepow", safepow);
    }

    static Line build(Line data, Line mean, int period, MovingAverageType movav, boolean safepow) {
        Line m = mean != null ? mean : movav.of(data, period);
        Line meansq = movav.of(pow(data, 2.0), period);
        Line sqmean = pow(m, 2.0);
        Line diff = sub(meansq, sqmean);
        return pow(safepow ? max(diff, 0.0) : diff, 0.5);
    }
}
