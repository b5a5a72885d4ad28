package org.bt4j.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;

/**
 * What a live session prints, in the lines of backtrader's {@code ibtest} sample: store and data
 * notifications ({@code ***** STORE NOTIF: ...}, {@code ***** DATA NOTIF: LIVE}), the order and
 * trade blocks between their {@code ORDER BEGIN}/{@code TRADE BEGIN} rules, and the bars. The
 * {@code ibtest} strategy prints through it; {@code bt4j live} attaches it to the user's strategy
 * as an analyzer (orders, trades and bars) and to the run's store and data callbacks. Engine
 * thread only.
 */
final class LiveLog implements Analyzer {

    private final PrintStream out;
    private final LongSupplier now;
    private final Supplier<ZoneId> tz;
    private final IntFunction<org.bt4j.ib.wire.Order> ibOrder;
    private Strategy strategy;

    /**
     * @param now     the engine clock's reading (the sample prints {@code datetime.now()}: replays print the recorded time)
     * @param tz      the zone bar times are printed in
     * @param ibOrder the IB order behind an order reference, null when there is none (no IB broker)
     */
    LiveLog(PrintStream out, LongSupplier now, Supplier<ZoneId> tz, IntFunction<org.bt4j.ib.wire.Order> ibOrder) {
        this.out = out;
        this.now = now;
        this.tz = tz;
        this.ibOrder = ibOrder;
    }

    /** A store notification, in backtrader's printed form. */
    void store(org.bt4j.feed.StoreNotice notice) {
        out.println("***** STORE NOTIF: " + notice);
    }

    /** A data notification. */
    void data(DataStatus status) {
        out.println("***** DATA NOTIF: " + status.name());
    }

    /** The header of the bar lines of {@link #start}. */
    static String header() {
        return IbtestText.header(false);
    }

    @Override
    public void start(Strategy s) {
        strategy = s;
        out.println(header());
    }

    @Override
    public void prenext() {
        next();
    }

    /** Prints the bar of every data that has one, numbered by the strategy's length. */
    @Override
    public void next() {
        for (DataFeed d : strategy.datas()) {
            if (d.len() > 0) {
                out.println(IbtestText.bar(strategy.len(), d, tz.get()));
            }
        }
    }

    @Override
    public void notifyOrder(Order o) {
        out.println(IbtestText.RULE + " ORDER BEGIN " + IbtestText.now(now.getAsLong()));
        out.println(IbtestText.order(o, tz.get(), ibOrder.apply(o.ref())));
        out.println(IbtestText.RULE + " ORDER END");
    }

    @Override
    public void notifyTrade(Trade t) {
        out.println(IbtestText.RULE + " TRADE BEGIN " + IbtestText.now(now.getAsLong()));
        out.println(IbtestText.trade(t, tz.get()));
        out.println(IbtestText.RULE + " TRADE END");
    }

    /** Nothing to report: the log is printed as it goes. */
    @Override
    public Map<String, Object> analysis() {
        return Map.of();
    }
}
