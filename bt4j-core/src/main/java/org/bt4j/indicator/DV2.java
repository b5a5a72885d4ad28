package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code DV2}: {@code 100 * PercentRank(SMA(close / ((high + low) / 2), maperiod),
 * period)}. Line {@code dv2}; defaults period 252, maperiod 2. Engine thread only.
 */
public final class DV2 extends CompositeIndicator {

    /** DV2(252, 2). */
    public DV2(DataFeed data) {
        this(data, 252, 2);
    }

    /** With every parameter. */
    public DV2(DataFeed data, int period, int maperiod) {
        super(new String[] {"dv2"}, () -> new Line[] {build(data, period, maperiod)});
    }

    private static Line build(DataFeed d, int period, int maperiod) {
        Line chl = div(d.close(), div(add(d.high(), d.low()), 2.0));
        Line dvu = MovAv.SMA.of(chl, maperiod);
        return mul(new PercentRank(dvu, period).line(0), 100.0);
    }
}
