package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code StochasticFull}: the fast %K and %D plus
 * {@code percDSlow = movav(percD, period_dslow)}. Lines {@code percK, percD, percDSlow}; defaults
 * 14, 3, 3, SMA. Engine thread only.
 */
public final class StochasticFull extends CompositeIndicator {

    /** StochasticFull(14, 3, 3). */
    public StochasticFull(DataFeed data) {
        this(data, 14, 3, 3, MovAv.SMA, false, 0.0);
    }

    /** With every parameter. */
    public StochasticFull(DataFeed data, int period, int periodDfast, int periodDslow, MovingAverageType movav,
            boolean safediv, double safezero) {
        super(new String[] {"percK", "percD", "percDSlow"},
            () -> build(data, period, periodDfast, periodDslow, movav, safediv, safezero));
    }

    private static Line[] build(DataFeed data, int period, int dfast, int dslow, MovingAverageType movav,
                                boolean safediv, double safezero) {
        Line[] kd = Stochastics.kd(data, period, dfast, movav, safediv, safezero);
        return new Line[] {kd[0], kd[1], movav.of(kd[1], dslow)};
    }
}
