package org.bt4j.ib.live;

import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;

/**
 * A plain strategy with nothing live-specific in it: long above SMA(period), flat below. Trades
 * only on live data when the feed reports status (a backtest reports none, so it always trades).
 * Engine thread only.
 */
public final class SmaCross extends Strategy {

    @Param int period = 5;
    @Param double stake = 10;

    private MovingAverageSimple sma;
    private boolean delayed;
    int bars;
    int completed;
    int closedTrades;
    int liveNotices;

    @Override
    protected void init() {
        sma = sma(close(), period);
    }

    @Override
    protected void notifyData(DataFeed data, DataStatus status) {
        delayed = status != DataStatus.LIVE;
        if (!delayed) {
            liveNotices++;
        }
    }

    @Override
    protected void notifyOrder(Order order) {
        if (order.status() == OrderStatus.Completed) {
            completed++;
        }
    }

    @Override
    protected void notifyTrade(Trade trade) {
        if (trade.isClosed()) {
            closedTrades++;
        }
    }

    @Override
    protected void next() {
        bars++;
        if (delayed) {
            return;
        }
        double c = close().get(0);
        double m = sma.line(0).get(0);
        if (position().isFlat() && c > m) {
            buy(stake);
        } else if (position().isLong() && c < m) {
            closePosition();
        }
    }
}
