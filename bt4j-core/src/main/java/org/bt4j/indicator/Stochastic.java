package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code Stochastic} (alias StochasticSlow): {@code percK} is the fast %D,
 * {@code percD = movav(percK, period_dslow)}. Lines {@code percK, percD}; defaults 14, 3, 3, SMA.
 * Engine thread only.
 */
public final class Stochastic extends CompositeIndicator {

    /** Stochastic(14, 3, 3). */
    public Stochastic(DataFeed data) {
        this(data, 14, 3, 3, MovAv.SMA, false, 0.0);
    }

    /** With every parameter. */
    public Stochastic(DataFeed data, int period, int periodDfast, int periodDslow, MovingAverageType movav,
            boolean safediv, double safezero) {
        super(new String[] {"percK", "percD"}, () -> build(data, period, periodDfast, periodDslow, movav, safediv, safezero));
        // upperband/lowerband only draw lines on a chart: backtrader's defaults
        declareParams("period", period, "period_dfast", periodDfast, "movav", MovAv.className(movav), "upperband", 80.0,
                "lowerband", 20.0, "safediv", safediv, "safezero", safezero, "period_dslow", periodDslow);
    }

    private static Line[] build(DataFeed data, int period, int dfast, int dslow, MovingAverageType movav,
                                boolean safediv, double safezero) {
        Line d = Stochastics.kd(data, period, dfast, movav, safediv, safezero)[1];
        return new Line[] {d, movav.of(d, dslow)};
    }
}
