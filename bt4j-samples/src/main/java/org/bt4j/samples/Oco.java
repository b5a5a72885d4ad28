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
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/oco}: on an SMA crossover, three Limit buys below the close, the
 * second and third One-Cancels-Others with the first (or the third with the second); the
 * position is closed after {@code hold} bars. Arguments: {@code --data0}, {@code --strat} with
 * {@code do_oco=False}, {@code switchp1p2=True} or {@code oco1oco2=True}, comma-separated.
 */
public final class Oco {

    private Oco() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        int p1 = 5;
        int p2 = 15;
        double limit = 0.005;
        int limdays = 3;
        int limdays2 = 1000;
        int hold = 10;
        boolean switchp1p2;
        boolean oco1oco2;
        boolean doOco = true;
        private final PrintStream out;
        private CrossOver cross;
        private final List<Integer> orefs = new ArrayList<>();
        private int holdstart;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            cross = crossOver(sma(p1), sma(p2));
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
            if (position().isFlat()) {
                if (cross.get(0) > 0.0) {
                    double c = close().get(0);
                    double pr1 = c * (1.0 - limit);
                    double pr2 = c * (1.0 - 2 * 2 * limit);
                    double pr3 = c * (1.0 - 3 * 3 * limit);
                    int valid1 = limdays;
                    int valid2 = limdays2;
                    int valid3 = limdays2;
                    if (switchp1p2) {
                        double p = pr1;
                        pr1 = pr2;
                        pr2 = p;
                        valid1 = limdays2;
                        valid2 = limdays;
                    }
                    out.println("valid1 is: " + valid1 + " days, 0:00:00");
                    Order o1 = buy(limitArgs(pr1, valid1, null));
                    out.println(data().date(0) + ": Oref " + o1.ref() + " / Buy at " + PyFormat.repr(pr1));
                    Order oco2 = doOco ? o1 : null;
                    Order o2 = buy(limitArgs(pr2, valid2, oco2));
                    out.println(data().date(0) + ": Oref " + o2.ref() + " / Buy at " + PyFormat.repr(pr2));
                    Order oco3 = doOco ? (oco1oco2 ? oco2 : o1) : null;
                    Order o3 = buy(limitArgs(pr3, valid3, oco3));
                    out.println(data().date(0) + ": Oref " + o3.ref() + " / Buy at " + PyFormat.repr(pr3));
                    orefs.addAll(List.of(o1.ref(), o2.ref(), o3.ref()));
                }
            } else if (len() - holdstart >= hold) {
                closePosition();
            }
        }

        private static OrderArgs limitArgs(double price, int validDays, Order oco) {
            OrderArgs a = OrderArgs.of().exectype(ExecType.Limit).size(1).price(price)
                .valid(Validity.after(Duration.ofDays(validDays)));
            return oco == null ? a : a.oco(oco);
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
                case "do_oco=False" -> st.doOco = false;
                case "switchp1p2=True" -> st.switchp1p2 = true;
                case "oco1oco2=True" -> st.oco1oco2 = true;
                default -> throw new IllegalArgumentException("--strat: this port knows do_oco=False, switchp1p2=True"
                    + " and oco1oco2=True, got " + kv);
            }
        }
        cerebro.addStrategy(st);
        cerebro.run();
    }
}
