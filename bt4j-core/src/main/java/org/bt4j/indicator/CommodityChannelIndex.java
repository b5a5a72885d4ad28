package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code CommodityChannelIndex} (alias CCI): {@code tp = (h + l + c) / 3},
 * {@code cci = (tp - movav(tp)) / (factor * MeanDev(tp, movav(tp)))}. Line {@code cci}; defaults
 * period 20, factor 0.015, SMA. Engine thread only.
 */
public final class CommodityChannelIndex extends CompositeIndicator {

    /** CCI(20, 0.015). */
    public CommodityChannelIndex(DataFeed data) {
        this(data, 20, 0.015, MovAv.SMA);
    }

    /** With every parameter. */
    public CommodityChannelIndex(DataFeed data, int period, double factor, MovingAverageType movav) {
        super(new String[] {"cci"}, () -> new Line[] {build(data, period, factor, movav)});
    }

    private static Line build(DataFeed d, int period, double factor, MovingAverageType movav) {
        Line tp = div(add(add(d.high(), d.low()), d.close()), 3.0);
        Line tpmean = movav.of(tp, period);
        Line dev = sub(tp, tpmean);
        Line meandev = new MeanDeviation(tp, tpmean, period, MovAv.SMA).line(0);
        return div(dev, mul(factor, meandev));
    }
}
