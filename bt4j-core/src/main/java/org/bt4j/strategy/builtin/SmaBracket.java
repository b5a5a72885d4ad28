package org.bt4j.strategy.builtin;

import org.bt4j.order.ExecType;
import org.bt4j.strategy.BracketArgs;
import org.bt4j.strategy.Param;

/**
 * {@code bracket}: on a cross up while flat, a market buy bracket with a protective stop
 * {@code sl} below and a take-profit limit {@code tp} above the close; the children are the only
 * exit. Engine thread only.
 */
public final class SmaBracket extends SmaCrossBase {

    @Param(doc = "stop-loss distance as a fraction of the close")
    private double sl = 0.02;
    @Param(doc = "take-profit distance as a fraction of the close")
    private double tp = 0.04;

    @Override
    protected void trade() {
        if (position().size() == 0 && cross.get(0) > 0) {
            double c = data().close(0);
            track(buyBracket(BracketArgs.of().size(stake).exectype(ExecType.Market)
                    .stopPrice(c * (1.0 - sl)).limitPrice(c * (1.0 + tp))));
        }
    }
}
