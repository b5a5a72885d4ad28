package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MACD;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/multi-copy}: two strategies with different parameters in one run,
 * each trading an SMA and a MACD crossover in a data chosen by name; with {@code --copydata} the
 * second trades a copy of the data (backtrader's {@code data0.copyas('MyData1')}; here the file
 * opened a second time). Arguments: {@code --data0}, {@code --fromdate}, {@code --todate},
 * {@code --cash}, {@code --copydata}.
 */
public final class MultiCopy {

    private MultiCopy() {
    }

    /** The sample's {@code TheStrategy} (and, with other parameters, {@code TheStrategy2}). */
    public static final class TheStrategy extends Strategy {
        private final PrintStream out;
        private final String myname;
        private final String target;
        private final int stake;
        private final int[] periods; // macd1, macd2, macdsig, sma1, sma2
        private DataFeed dtarget;
        private CrossOver smasig;
        private CrossOver macdsig;

        TheStrategy(PrintStream out, String myname, String target, int stake, int... periods) {
            this.out = out;
            this.myname = myname;
            this.target = target;
            this.stake = stake;
            this.periods = periods;
        }

        @Override
        protected void init() {
            dtarget = data(target);
            smasig = crossOver(sma(dtarget, periods[3]), sma(dtarget, periods[4]));
            MACD macd = macd(dtarget, periods[0], periods[1], periods[2]);
            macdsig = crossOver(macd.line("macd"), macd.line("signal"));
        }

        @Override
        protected void start() {
            out.println("Name,Length,Datetime,Operation/Names,Position1.Size,Position2.Size");
        }

        @Override
        protected void notifyOrder(Order order) {
            if (!order.isAlive() && order.status() == OrderStatus.Completed) {
                out.println(PyFormat.format("%s,%d,%s,%s,%s,%d,%s", myname, len(), order.data().date(0),
                    order.data().name(), order.isBuy() ? "BUY" : "SELL", order.executed().size(), order.executed().price()));
            }
        }

        @Override
        protected void next() {
            StringBuilder row = new StringBuilder(PyFormat.format("%s,%d,%s,%d", myname, len(), data().date(0),
                position(data(0)).size()));
            if (datas().size() > 1) {
                row.append(PyFormat.format(",%d", position(data(1)).size()));
            }
            out.println(row);
            int buysize = stake / 2;
            if (macdsig.get(0) > 0.0) {
                buy(OrderArgs.of().data(dtarget).size(buysize));
            }
            if (smasig.get(0) > 0.0) {
                buy(OrderArgs.of().data(dtarget).size(buysize));
            }
            double size = position(dtarget).size();
            if (size == stake) {
                size = Math.floor(size / 2);
            }
            if (macdsig.get(0) < 0.0) {
                close(OrderArgs.of().data(dtarget).size(Math.abs(size))); // backtrader's close() takes abs(size)
            }
            if (smasig.get(0) < 0.0) {
                close(OrderArgs.of().data(dtarget).size(Math.abs(size))); // backtrader's close() takes abs(size)
            }
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro();
        cerebro.broker().setCash(args.getDouble("--cash", 50000));
        cerebro.addData(open(args), "MyData0");
        cerebro.addStrategy(new TheStrategy(out, "St1", "MyData0", 100, 12, 26, 9, 10, 30));
        String target = "MyData0";
        if (args.flag("--copydata")) {
            cerebro.addData(open(args), "MyData1");
            target = "MyData1";
        }
        cerebro.addStrategy(new TheStrategy(out, "St2", target, 200, 15, 22, 7, 15, 50));
        cerebro.run();
    }

    private static CsvFeed open(SampleArgs args) {
        CsvFeed data = CsvFeeds.open(args.data("--data0", "yhoo-1996-2014.txt"), TimeFrame.Days, 1);
        data.fromDate(LocalDate.parse(args.get("--fromdate", "2005-01-01")).atStartOfDay());
        data.toDate(LocalDate.parse(args.get("--todate", "2006-12-31")).atStartOfDay());
        return data;
    }
}
