package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code haDelta} (alias haD), Dan Valcu's Heikin Ashi delta:
 * {@code haDelta = ha_close - ha_open} of {@link HeikinAshi} candles (or of the data itself when
 * {@code autoheikin} is false), {@code smoothed = movav(haDelta, period)}. Lines
 * {@code haDelta, smoothed}; defaults period 3, SMA, autoheikin True. Engine thread only.
 */
public final class haDelta extends CompositeIndicator {

    /** haDelta(3) on Heikin Ashi candles. */
    public haDelta(DataFeed data) {
        this(data, 3, MovAv.SMA, true);
    }

    /** With every parameter. */
    public haDelta(DataFeed data, int period, MovingAverageType movav, boolean autoheikin) {
        super(new String[] {"haDelta", "smoothed"}, () -> build(data, period, movav, autoheikin));
    }

    private static Line[] build(DataFeed d, int period, MovingAverageType movav, boolean autoheikin) {
        Line hd;
        if (autoheikin) {
            HeikinAshi ha = new HeikinAshi(d);
            hd = sub(ha.line(3), ha.line(0));
        } else {
            hd = sub(d.close(), d.open());
        }
        return new Line[] {hd, movav.of(hd, period)};
    }
}
