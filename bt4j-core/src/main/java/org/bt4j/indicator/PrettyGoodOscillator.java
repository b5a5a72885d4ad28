package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code PrettyGoodOscillator} (aliases PGO, PrettyGoodOsc):
 * {@code (close - movav(close, period)) / ATR(period)}. Line {@code pgo}; defaults period 14, SMA.
 * Engine thread only.
 */
public final class PrettyGoodOscillator extends CompositeIndicator {

    /** PGO(14). */
    public PrettyGoodOscillator(DataFeed data) {
        this(data, 14, MovAv.SMA);
    }

    /** With every parameter. */
    public PrettyGoodOscillator(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"pgo"}, () -> new Line[] {build(data, period, movav)});
    }

    private static Line build(DataFeed d, int period, MovingAverageType movav) {
        Line ma = movav.of(d.close(), period);
        Line atr = new AverageTrueRange(d, period).line(0);
        return div(sub(d.close(), ma), atr);
    }
}
