package com.example;

import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.indicator.CrossOver;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;

/** A user's strategy, built into a jar by the tests: an SMA cross that stops the run itself. */
public final class MyCross extends Strategy {
    @Param(doc = "fast SMA period") int fast = 2;
    @Param(doc = "slow SMA period") int slow = 4;
    @Param(doc = "stop the run after this many closed trades (0: never)") int trades = 1;
    @Param(doc = "stop the run after this many bars once a data is LIVE (0: never)") int stopafter = 0;
    @Param(doc = "0: buy at market; above 0: buy with a limit this fraction below the close") double offset = 0;
    private CrossOver cross;
    private Order pending;
    private int closed;
    private int completed;
    private int rejected;
    private int liveBars = -1;

    @Override protected void init() {
        cross = crossOver(sma(fast), sma(slow));
    }

    @Override protected void notifyData(DataFeed data, DataStatus status) {
        if (status == DataStatus.LIVE && liveBars < 0) {
            liveBars = 0;
        }
    }

    @Override protected void next() {
        if (liveBars >= 0 && stopafter > 0 && ++liveBars >= stopafter) {
            runstop();
            return;
        }
        if (pending != null) {
            return;
        }
        if (position().isFlat() && cross.get(0) > 0) {
            pending = offset > 0
                    ? buy(OrderArgs.of().size(10).exectype(ExecType.Limit).price(Math.round(close().get(0) * (1 - offset) * 100) / 100.0))
                    : buy(10);
        } else if (position().isLong() && cross.get(0) < 0) {
            pending = closePosition();
        }
    }

    @Override protected void notifyOrder(Order order) {
        if (!order.isAlive()) {
            pending = null;
            completed += order.status() == OrderStatus.Completed ? 1 : 0;
            rejected += order.status() == OrderStatus.Rejected ? 1 : 0;
        }
    }

    @Override protected void notifyTrade(Trade trade) {
        if (trade.isClosed() && ++closed == trades) {
            runstop();
        }
    }

    @Override protected void stop() {
        System.out.println("MyCross: " + closed + " trade(s) closed, " + completed + " order(s) completed, "
                + rejected + " rejected");
    }
}
