package org.bt4j.strategy.builtin;

import org.bt4j.order.ExecType;
import org.bt4j.order.OrderArgs;
import org.bt4j.strategy.Param;

/**
 * {@code smacross}: long only. Buys {@code stake} when the fast SMA crosses above the slow one
 * (with the order type of {@code exectype}), closes the position at market when it crosses
 * below. Exactly as golden/STRATEGIES.md states. Engine thread only.
 */
public final class SmaCross extends SmaCrossBase {

    @Param(doc = "entry order type: Market, Close, Limit, Stop, StopLimit or StopTrail")
    private ExecType exectype = ExecType.Market;
    @Param(doc = "price offset of Limit/Stop/StopLimit entries, trail percent of StopTrail")
    private double offset = 0.01;
    @Param(doc = "entry validity in days (0 = good till cancelled)")
    private double validdays = 0;

    @Override
    protected void trade() {
        // the cross first: it is 0 on most bars, and then the position need not be looked up; the
        // orders are made apart, so that this is small enough for C1 (the one-shot commands' JIT)
        // to inline into the step
        double x = cross.get(0);
        if (x > 0) {
            enterIfFlat();
        } else if (x < 0) {
            exitIfLong();
        }
    }

    /** The fast SMA crossed above the slow one: buys {@code stake} when flat. */
    private void enterIfFlat() {
        if (position().size() != 0) {
            return;
        }
        double c = data().close(0);
        OrderArgs a = OrderArgs.of().size(stake).exectype(exectype).valid(validDays(validdays));
        switch (exectype) {
            case Limit:
                a.price(c * (1.0 - offset));
                break;
            case Stop:
                a.price(c * (1.0 + offset));
                break;
            case StopLimit:
                a.price(c * (1.0 + offset)).plimit(c * (1.0 + 2.0 * offset));
                break;
            case StopTrail:
                a.trailPercent(offset);
                break;
            case Market:
            case Close:
                break;
            default:
                throw new org.bt4j.BadInputException("smacross does not support exectype " + exectype
                        + "; valid: Market, Close, Limit, Stop, StopLimit, StopTrail");
        }
        track(buy(a));
    }

    /** The fast SMA crossed below the slow one: closes a long position at market. */
    private void exitIfLong() {
        if (position().size() > 0) {
            track(closePosition());
        }
    }
}
