package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.feed.StoreNotice;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.Clock;
import org.bt4j.time.DateNum;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.SystemClock;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.VirtualClock;
import org.bt4j.util.PyFormat;

/**
 * Live trading from Java against bt4j's simulated TWS, as a backtrader user writes it with
 * {@code bt.stores.IBStore}: a store, its data ({@code store.getdata}) in 5-second bars, its broker
 * ({@code store.getbroker}), and a strategy that prints every store, data, order and trade
 * notification, buys on its first live bar, sells {@code hold} bars later and stops the run itself
 * after {@code trades} round trips.
 *
 * <p>By default the gateway is started in this process on a free loopback port (as
 * {@code bt4j ibtest --sim}); {@code --port P} connects to a running {@code bt4j gateway} (or a
 * paper TWS) instead. {@code --virtual} runs gateway and client on one virtual clock (from
 * 2024-01-08 15:00 UTC): the session runs faster than real time and prints the same lines on
 * every run. Other arguments: {@code --symbol} (default {@code TWTR-STK-SMART-USD}),
 * {@code --clientId} (default 1), {@code --stake} (10), {@code --hold} (3), {@code --trades} (2).
 * Exit code 1 when no TWS answers.
 */
public final class LiveGateway {

    private LiveGateway() {
    }

    /** Prints every notification; one position at a time, opened on a live bar and closed {@code hold} bars later. */
    public static final class NotifyingTrader extends Strategy {
        @Param(doc = "units per order") int stake = 10;
        @Param(doc = "bars a position is held") int hold = 3;
        @Param(doc = "round trips before the strategy stops the run") int trades = 2;
        private final PrintStream out;
        private boolean live;
        private Order pending;
        private int held;
        private int closed;

        NotifyingTrader(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void notifyStore(StoreNotice notice) {
            out.println("***** STORE NOTIF: " + notice);
        }

        @Override
        protected void notifyData(DataFeed data, DataStatus status) {
            out.println("***** DATA NOTIF: " + status + (status == DataStatus.LIVE ? " after " + len() + " backfilled bars" : ""));
            live = status == DataStatus.LIVE;
        }

        @Override
        protected void next() {
            if (!live) {
                return; // the backfilled history: indicators would warm up here; no orders on old bars
            }
            out.println(PyFormat.format("BAR %s, %d, %.2f, %.2f, %.2f, %.2f, %d", DateNum.pyStr(data().localDateTime(0)),
                len(), open().get(0), high().get(0), low().get(0), close().get(0), (long) volume().get(0)));
            if (pending != null || closed >= trades) {
                return; // one order at a time; nothing new once the run is stopping
            }
            if (position().isFlat()) {
                out.println("BUY " + stake + " at market");
                pending = buy(stake);
                held = 0;
            } else if (++held >= hold) {
                out.println("CLOSE at market");
                pending = closePosition();
            }
        }

        @Override
        protected void notifyOrder(Order order) {
            out.println("ORDER " + order.ref() + " " + (order.isBuy() ? "BUY" : "SELL") + " " + order.status()
                + (order.status() == OrderStatus.Completed
                    ? PyFormat.format(" %d @ %.2f", (long) order.executed().size(), order.executed().price())
                    : ""));
            if (!order.isAlive()) {
                pending = null;
            }
        }

        @Override
        protected void notifyTrade(Trade trade) {
            if (trade.isClosed()) {
                out.println(PyFormat.format("TRADE CLOSED pnl %.2f, net %.2f", trade.pnl(), trade.pnlcomm()));
                if (++closed == trades) {
                    runstop();
                }
            } else if (trade.justOpened()) {
                out.println(PyFormat.format("TRADE OPENED size %d @ %.2f", (long) trade.size(), trade.price()));
            }
        }

        @Override
        protected void stop() {
            out.println(PyFormat.format("%d trade(s) closed, value %.2f", closed, broker().getValue()));
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Runs the session, printing to {@code out}; returns the exit code. */
    public static int run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        int port = args.getInt("--port", 0);
        Clock clock = args.flag("--virtual")
            ? new VirtualClock(SimulatedClock.at("2024-01-08T15:00:00Z").nanos()) : new SystemClock();
        clock.join(); // this thread runs the engine: virtual time waits while it works
        // 0: the simulated TWS in this process, on a free loopback port, trading around the clock
        try (Gateway gw = port != 0 ? null : Gateway.start(GatewayConfig.builder().port(0).adminPort(-1)
                 .statePath(null).followHours(false).clock(clock).build());
             IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", gw != null ? gw.port() : port)
                 .withClientId(args.getInt("--clientId", 1)), clock)) {
            if (!store.start()) {
                System.err.println("LiveGateway: no TWS answers at 127.0.0.1:" + store.params().port() + ": "
                    + store.drainNotifications().stream().map(StoreNotice::message).collect(java.util.stream.Collectors.joining("; ")));
                return 1;
            }
            Cerebro cerebro = new Cerebro().live(true).addStore(store);
            IbData data = store.getData(args.get("--symbol", "TWTR-STK-SMART-USD"),
                IbDataParams.of().timeframe(TimeFrame.Seconds, 5));
            cerebro.addData(data).setBroker(store.getBroker());
            NotifyingTrader st = new NotifyingTrader(out);
            st.stake = args.getInt("--stake", 10);
            st.hold = args.getInt("--hold", 3);
            st.trades = args.getInt("--trades", 2);
            cerebro.addStrategy(st).run();
            return 0;
        } finally {
            clock.leave();
        }
    }
}
