package org.bt4j.samples;

import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MovAv;
import org.bt4j.indicator.MovingAverageType;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code bt.strategies.SMA_CrossOver} (class {@code MA_CrossOver}), used by its
 * {@code sharpe-timereturn} and {@code vwr} samples: long only; buys when the {@code fast}
 * moving average crosses above the {@code slow} one and sells the position when it crosses
 * below, at market. Parameters {@code fast} (10), {@code slow} (30), {@code _movav} (SMA).
 * Engine thread only.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class SMA_CrossOver extends Strategy {

    @Param(doc = "period for the fast moving average")
    int fast = 10;
    @Param(doc = "period for the slow moving average")
    int slow = 30;
    @Param(value = "_movav", doc = "moving average to use")
    MovingAverageType movav = MovAv.SMA;

    private CrossOver buysig;

    /**
     * What backtrader's {@code sharpe-timereturn} and {@code vwr} samples share: a Cerebro with
     * {@code --cash} (if given), the daily {@code --data} (default 2005-2006-day-001.txt) between
     * {@code --fromdate} and {@code --todate} (or the defaults; null: no limit), and this strategy.
     */
    static Cerebro cerebro(SampleArgs args, String fromDflt, String toDflt) {
        Cerebro cerebro = new Cerebro();
        if (args.get("--cash", null) != null) {
            cerebro.broker().setCash(args.getDouble("--cash", 0));
        }
        CsvFeed data = CsvFeeds.open(args.data("--data", "2005-2006-day-001.txt"), TimeFrame.Days, 1);
        args.dates(data, fromDflt, toDflt);
        cerebro.addData(data);
        cerebro.addStrategy(new SMA_CrossOver());
        return cerebro;
    }

    @Override
    protected void init() {
        buysig = crossOver(movAv(movav, fast), movAv(movav, slow));
    }

    @Override
    protected void next() {
        if (position().size() != 0) {
            if (buysig.get(0) < 0) {
                sell();
            }
        } else if (buysig.get(0) > 0) {
            buy();
        }
    }
}
