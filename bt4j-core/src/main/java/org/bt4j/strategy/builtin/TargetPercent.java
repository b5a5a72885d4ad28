package org.bt4j.strategy.builtin;

import org.bt4j.strategy.Param;

/**
 * {@code targetpct}: while the fast SMA is above the slow one, keeps the position at {@code pct}
 * of the portfolio value ({@code order_target_percent}); otherwise targets 0. Engine thread only.
 */
public final class TargetPercent extends SmaCrossBase {

    @Param(doc = "target fraction of the portfolio value while fast > slow")
    private double pct = 0.5;

    @Override
    protected void trade() {
        double target = smaFast.get(0) > smaSlow.get(0) ? pct : 0.0;
        track(orderTargetPercent(target));
    }
}
