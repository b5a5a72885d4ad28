package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code StochasticFast}: {@code percK = 100 * (close - LL) / (HH - LL)} over
 * {@code period}, {@code percD = movav(percK, period_dfast)}. Lines {@code percK, percD}; defaults
 * 14, 3, SMA, safediv False, safezero 0.0. Engine thread only.
 */
public final class StochasticFast extends CompositeIndicator {

    /** StochasticFast(14, 3). */
    public StochasticFast(DataFeed data) {
        this(data, 14, 3, MovAv.SMA, false, 0.0);
    }

    /** With every parameter. */
    public StochasticFast(DataFeed data, int period, int periodDfast, MovingAverageType movav,
            boolean safediv, double safezero) {
        super(new String[] {"percK", "percD"}, () -> Stochastics.kd(data, period, periodDfast, movav, safediv, safezero));
    }
}
