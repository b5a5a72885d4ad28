package org.bt4j.strategy.builtin;

import java.util.ArrayList;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.order.Order;
import org.bt4j.order.Validity;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;

/**
 * What the built-in strategies of {@code bt4j backtest} share (golden/STRATEGIES.md): parameters
 * {@code fast}, {@code slow}, {@code stake}; the indicators {@code SMA(close, fast)},
 * {@code SMA(close, slow)} and their {@code CrossOver}; and the first rule of every bar — do
 * nothing while any order the strategy created is still alive. Engine thread only.
 */
public abstract class SmaCrossBase extends Strategy {

    @Param(doc = "period of the fast SMA")
    protected int fast = 10;
    @Param(doc = "period of the slow SMA")
    protected int slow = 30;
    @Param(doc = "order size (units or contracts)")
    protected double stake = 1;

    protected MovingAverageSimple smaFast;
    protected MovingAverageSimple smaSlow;
    protected CrossOver cross;

    private final ArrayList<Order> live = new ArrayList<>();

    @Override
    protected void init() {
        if (fast < 1 || slow < 1) {
            throw new org.bt4j.BadInputException("fast and slow must be >= 1, got fast=" + fast + " slow=" + slow);
        }
        if (!(stake > 0)) {
            throw new org.bt4j.BadInputException("stake must be > 0, got " + stake);
        }
        smaFast = sma(close(), fast);
        smaSlow = sma(close(), slow);
        cross = crossOver(smaFast.line(0), smaSlow.line(0));
    }

    @Override
    protected final void next() {
        if (!live.isEmpty() && anyAlive()) { // most bars track no order: no call then (C1 inlines isEmpty only)
            return;
        }
        trade();
    }

    /** The strategy's own rule, run when no order of it is alive. */
    protected abstract void trade();

    /** Remembers an order so the "an order is alive" rule can see it (null ignored). */
    protected final void track(Order order) {
        if (order != null) {
            live.add(order);
        }
    }

    /** Remembers orders so the "an order is alive" rule can see them (nulls ignored). */
    protected final void track(Order... orders) {
        for (Order o : orders) {
            track(o);
        }
    }

    private boolean anyAlive() {
        for (int i = live.size() - 1; i >= 0; i--) {
            if (!live.get(i).isAlive()) {
                live.remove(i);
            }
        }
        return !live.isEmpty();
    }

    /** Validity of {@code days} days after the current bar; 0 means good till cancelled. */
    protected final Validity validDays(double days) {
        if (days == 0) {
            return Validity.gtc();
        }
        return Validity.until(data().datetime(0) + Math.round(days * 86_400_000_000_000.0));
    }
}
