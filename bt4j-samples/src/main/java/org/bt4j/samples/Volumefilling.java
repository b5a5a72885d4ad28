package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.bt4j.broker.BarPointPercFiller;
import org.bt4j.broker.Filler;
import org.bt4j.broker.FixedBarPercFiller;
import org.bt4j.broker.FixedSizeFiller;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.BacktraderCsvFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.util.PyFormat;
import org.bt4j.util.PyMath;

/**
 * backtrader's {@code samples/volumefilling}: buys a percentage of the first bar's volume, closes
 * the position on the next bar after the buy completed, and waits {@code opbreak} bars between
 * operations, printing every order notification in full; a volume filler makes the broker fill
 * only part of the order on each bar. Arguments: {@code --data}, {@code --cash},
 * {@code --filler FixedSize|FixedBarPerc|BarPointPerc}, {@code --filler-args k=v,...} (size;
 * perc; minmov, perc), {@code --stakeperc}, {@code --opbreak}, {@code --fromdate}, {@code --todate}.
 */
public final class Volumefilling {

    private Volumefilling() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        double stakeperc = 10.0;
        int opbreak = 10;
        private final PrintStream out;
        private int doop;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void notifyOrder(Order order) {
            out.println("-- NOTIFY ORDER BEGIN");
            out.println(order);
            out.println("-- NOTIFY ORDER END");
            out.println("-- ORDER REMSIZE: " + PyFormat.repr(order.executed().remsize()));
            if (order.status() == OrderStatus.Completed) {
                out.println("++ ORDER COMPLETED at data.len: " + order.data().len());
                doop = -opbreak;
            }
        }

        @Override
        protected void start() {
            out.println("Len,Datetime,Open,High,Low,Close,Volume,OpenInterest");
            doop = 0;
        }

        @Override
        protected void next() {
            out.println(PyFormat.format("%04d,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f", len(), data(0).date(0),
                data(0).open().get(0), data(0).high().get(0), data(0).low().get(0), data(0).close().get(0),
                data(0).volume().get(0), data(0).openInterest().get(0)));
            if (doop == 0) {
                if (position().isFlat()) {
                    double stakevol = PyMath.floorDiv(data(0).volume().get(0) * stakeperc, 100);
                    out.println("++ STAKE VOLUME: " + PyFormat.repr(stakevol));
                    buy(stakevol);
                } else {
                    closePosition();
                }
            }
            doop++;
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        BacktraderCsvFeed data = new BacktraderCsvFeed(args.data("--data", "2006-volume-day-001.txt"));
        if (args.get("--fromdate", null) != null) {
            data.fromDate(LocalDate.parse(args.get("--fromdate", null)).atStartOfDay());
        }
        if (args.get("--todate", null) != null) {
            data.toDate(LocalDate.parse(args.get("--todate", null)).atStartOfDay());
        }
        Cerebro cerebro = new Cerebro();
        cerebro.addData(data);
        cerebro.broker().setCash(args.getDouble("--cash", 500e6));
        String filler = args.get("--filler", null);
        if (filler != null) {
            cerebro.broker().setFiller(filler(filler, args.get("--filler-args", "")));
        }
        St st = new St(out);
        st.stakeperc = args.getDouble("--stakeperc", 10.0);
        st.opbreak = args.getInt("--opbreak", 10);
        cerebro.addStrategy(st);
        cerebro.run();
    }

    /** The sample's {@code FILLERS[name](**kwargs)}, kwargs as {@code k=v,...}. */
    private static Filler filler(String name, String kwargs) {
        Map<String, Double> kw = new HashMap<>();
        for (String kv : kwargs.split(",")) {
            if (!kv.isEmpty()) {
                String[] p = kv.split("=", 2);
                kw.put(p[0].strip(), Double.parseDouble(p[1].strip()));
            }
        }
        return switch (name) {
            case "FixedSize" -> new FixedSizeFiller(kw.getOrDefault("size", 0.0));
            case "FixedBarPerc" -> new FixedBarPercFiller(kw.getOrDefault("perc", 100.0));
            case "BarPointPerc" -> new BarPointPercFiller(kw.getOrDefault("minmov", 0.0), kw.getOrDefault("perc", 100.0));
            default -> throw new IllegalArgumentException("--filler: FixedSize, FixedBarPerc or BarPointPerc, got " + name);
        };
    }
}
