package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.analyzer.SQN;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.DateNum;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/writer-test}: a long/short SMA crossover on a futures-like
 * commission scheme with an SQN analyzer, and a writer (rounding 2) printing the run summary
 * with every parameter block and, with {@code --writercsv}, a CSV row per bar ({@code --csvcross}
 * adds the CrossOver's line). Arguments: {@code --data}, {@code --fromdate}, {@code --todate},
 * {@code --period}, {@code --onlylong}, {@code --writercsv}, {@code --csvcross}, {@code --cash},
 * {@code --comm}, {@code --mult}, {@code --margin}, {@code --stake}.
 */
public final class WriterTest {

    private WriterTest() {
    }

    /** The sample's strategy: buys/sells on the close crossing its SMA; long only with {@code onlylong}. */
    public static final class LongShortStrategy extends Strategy {
        @Param int period = 15;
        @Param int stake = 1;
        @Param boolean printout;
        @Param boolean onlylong;
        @Param boolean csvcross;
        private final PrintStream out;
        private CrossOver signal;

        LongShortStrategy(PrintStream out) {
            this.out = out;
        }

        private void log(String txt, long nanos) {
            if (printout) {
                out.println(DateNum.pyStr(DateNum.asBacktrader(EpochNanos.toLocalDateTime(nanos))).replace(' ', 'T')
                    + ", " + txt);
            }
        }

        @Override
        protected void init() {
            MovingAverageSimple sma = sma(period);
            signal = crossOver(data().close(), sma);
            signal.csv(csvcross);
        }

        @Override
        protected void next() {
            if (signal.get(0) > 0.0) {
                if (position().size() != 0) {
                    log(PyFormat.format("CLOSE SHORT , %.2f", close().get(0)), data().datetime(0));
                    closePosition();
                }
                log(PyFormat.format("BUY CREATE , %.2f", close().get(0)), data().datetime(0));
                buy(stake);
            } else if (signal.get(0) < 0.0) {
                if (position().size() != 0) {
                    log(PyFormat.format("CLOSE LONG , %.2f", close().get(0)), data().datetime(0));
                    closePosition();
                }
                if (!onlylong) {
                    log(PyFormat.format("SELL CREATE , %.2f", close().get(0)), data().datetime(0));
                    sell(stake);
                }
            }
        }

        @Override
        protected void notifyOrder(Order order) {
            if (order.status() == OrderStatus.Completed) {
                log(PyFormat.format(order.isBuy() ? "BUY COMPLETE, %.2f" : "SELL COMPLETE, %.2f",
                    order.executed().price()), data().datetime(0));
            } else if (order.status() == OrderStatus.Expired || order.status() == OrderStatus.Canceled
                || order.status() == OrderStatus.Margin) {
                log(order.status() + " ,", data().datetime(0));
            }
        }

        @Override
        protected void notifyTrade(Trade trade) {
            if (trade.isClosed()) {
                log(PyFormat.format("TRADE PROFIT, GROSS %.2f, NET %.2f", trade.pnl(), trade.pnlcomm()), data().datetime(0));
            } else if (trade.justOpened()) {
                log(PyFormat.format("TRADE OPENED, SIZE %2d", trade.size()), data().datetime(0));
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
        CsvFeed data = CsvFeeds.open(args.data("--data", "2006-day-001.txt"), TimeFrame.Days, 1);
        args.dates(data, "2006-01-01", "2006-12-31");
        cerebro.addData(data);
        LongShortStrategy st = new LongShortStrategy(out);
        st.period = args.getInt("--period", 15);
        st.onlylong = args.flag("--onlylong");
        st.csvcross = args.flag("--csvcross");
        st.stake = args.getInt("--stake", 1);
        cerebro.addStrategy(st);
        cerebro.broker().setCash((long) args.getInt("--cash", 100000)); // an int in the sample
        cerebro.broker().setCommission(args.getDouble("--comm", 2), args.getDouble("--margin", 2000.0),
            args.getInt("--mult", 10));
        cerebro.addAnalyzer(SQN::new);
        cerebro.addWriter(args.writer(out).rounding(2));
        cerebro.run();
    }
}
