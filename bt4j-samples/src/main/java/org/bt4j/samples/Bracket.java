package org.bt4j.samples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.indicator.CrossOver;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.order.Validity;
import org.bt4j.strategy.BracketArgs;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/bracket}: on an SMA crossover, a Limit buy with a protective Stop
 * and a take-profit Limit, each with its own validity — by hand (parent/transmit) or with
 * {@code buyBracket} and per-side arguments ({@code stopargs}/{@code limitargs}). Arguments:
 * {@code --data0}, {@code --strat} with {@code usebracket=True} and/or {@code switchp1p2=True}.
 */
public final class Bracket {

    private Bracket() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        double limit = 0.005;
        int limdays = 3;
        int limdays2 = 1000;
        int hold = 10;
        boolean usebracket;
        boolean switchp1p2;
        private final PrintStream out;
        private CrossOver cross;
        private final List<Integer> orefs = new ArrayList<>();
        private int holdstart;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            cross = crossOver(sma(5), sma(15));
            if (usebracket) {
                out.println("----- Using buy_bracket");
            }
        }

        @Override
        protected void notifyOrder(Order order) {
            out.println(data().date(0) + ": Order ref: " + order.ref() + " / Type " + (order.isBuy() ? "Buy" : "Sell")
                + " / Status " + order.status());
            if (order.status() == OrderStatus.Completed) {
                holdstart = len();
            }
            if (!order.isAlive()) {
                orefs.remove(Integer.valueOf(order.ref()));
            }
        }

        @Override
        protected void next() {
            if (!orefs.isEmpty()) {
                return;
            }
            if (!position().isFlat()) {
                if (len() - holdstart >= hold) {
                    closePosition();
                }
                return;
            }
            if (cross.get(0) <= 0.0) {
                return;
            }
            double close = close().get(0);
            double p1 = close * (1.0 - limit);
            double p2 = p1 - 0.02 * close;
            double p3 = p1 + 0.02 * close;
            Validity valid1 = days(limdays);
            Validity valid2 = days(limdays2);
            Validity valid3 = days(limdays2);
            if (switchp1p2) {
                double p = p1;
                p1 = p2;
                p2 = p;
                valid1 = days(limdays2);
                valid2 = days(limdays);
            }
            if (!usebracket) {
                Order o1 = buy(OrderArgs.of().exectype(ExecType.Limit).price(p1).valid(valid1).transmit(false));
                out.println(data().date(0) + ": Oref " + o1.ref() + " / Buy at " + PyFormat.repr(p1));
                Order o2 = sell(OrderArgs.of().exectype(ExecType.Stop).price(p2).valid(valid2).parent(o1).transmit(false));
                out.println(data().date(0) + ": Oref " + o2.ref() + " / Sell Stop at " + PyFormat.repr(p2));
                Order o3 = sell(OrderArgs.of().exectype(ExecType.Limit).price(p3).valid(valid3).parent(o1).transmit(true));
                out.println(data().date(0) + ": Oref " + o3.ref() + " / Sell Limit at " + PyFormat.repr(p3));
                orefs.addAll(List.of(o1.ref(), o2.ref(), o3.ref()));
            } else {
                Validity v2 = valid2;
                Validity v3 = valid3;
                for (Order o : buyBracket(BracketArgs.of().price(p1).valid(valid1).stopPrice(p2)
                        .stopArgs(a -> a.valid(v2)).limitPrice(p3).limitArgs(a -> a.valid(v3)))) {
                    orefs.add(o.ref());
                }
            }
        }

        private static Validity days(int n) {
            return Validity.after(Duration.ofDays(n));
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro();
        cerebro.addData(CsvFeeds.open(args.data("--data0", "2005-2006-day-001.txt"), TimeFrame.Days, 1));
        St st = new St(out);
        for (String kv : args.get("--strat", "").split(",")) {
            switch (kv) {
                case "" -> { }
                case "usebracket=True" -> st.usebracket = true;
                case "switchp1p2=True" -> st.switchp1p2 = true;
                default -> throw new IllegalArgumentException("--strat: this port knows usebracket=True and"
                    + " switchp1p2=True, got " + kv);
            }
        }
        cerebro.addStrategy(st);
        cerebro.run();
    }
}
