package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code BollingerBands} (alias BBands): {@code mid = movav(x)},
 * {@code top/bot = mid +/- devfactor * StdDev(x, mid)}. Lines {@code mid, top, bot}; defaults
 * period 20, devfactor 2.0, SMA. Engine thread only.
 */
public final class BollingerBands extends CompositeIndicator {

    /** BBands(20, 2.0). */
    public BollingerBands(Line data) {
        this(data, 20, 2.0, MovAv.SMA);
    }

    /** With every parameter. */
    public BollingerBands(Line data, int period, double devfactor, MovingAverageType movav) {
        super(new String[] {"mid", "top", "bot"}, () -> bands(data, period, devfactor, movav));
        declareParams("period", period, "devfactor", devfactor, "movav", MovAv.className(movav));
    }

    static Line[] bands(Line data, int period, double devfactor, MovingAverageType movav) {
        Line ma = movav.of(data, period);
        Line stddev = mul(devfactor, new StandardDeviation(data, ma, period, movav, true).line(0));
        return new Line[] {ma, add(ma, stddev), sub(ma, stddev)};
    }
}
