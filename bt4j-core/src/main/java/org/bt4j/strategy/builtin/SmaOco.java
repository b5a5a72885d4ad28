package org.bt4j.strategy.builtin;

import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.Validity;
import org.bt4j.strategy.Param;

/**
 * {@code oco}: on a cross up while flat, a buy Limit below and a buy Stop above the close in one
 * OCO group, both valid {@code validdays}; a cross down while long closes at market. Engine
 * thread only.
 */
public final class SmaOco extends SmaCrossBase {

    @Param(doc = "distance of both entries from the close, as a fraction")
    private double offset = 0.01;
    @Param(doc = "validity of both entries in days (0 = good till cancelled)")
    private double validdays = 5;

    @Override
    protected void trade() {
        double size = position().size();
        if (size == 0 && cross.get(0) > 0) {
            double c = data().close(0);
            Validity v = validDays(validdays);
            Order o1 = buy(OrderArgs.of().size(stake).exectype(ExecType.Limit).price(c * (1.0 - offset)).valid(v));
            Order o2 = buy(OrderArgs.of().size(stake).exectype(ExecType.Stop).price(c * (1.0 + offset)).valid(v).oco(o1));
            track(o1, o2);
        } else if (size > 0 && cross.get(0) < 0) {
            track(closePosition());
        }
    }
}
