package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.order.Order;
import org.bt4j.sizer.FixedSize;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.SignalStrategy;
import org.bt4j.time.DateNum;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/sigsmacross}: a {@link SignalStrategy} that adds its own
 * {@code SIGNAL_LONG} crossover signal in {@code init()}. Arguments: {@code --bt4j-yahoo FILE}
 * (the Yahoo CSV under {@code datas/}; backtrader's sample downloads the ticker), {@code --fromdate},
 * {@code --todate}, {@code --cash}, {@code --stake}, {@code --strat sma1=N,sma2=M}.
 */
public final class SigSmaCross {

    private SigSmaCross() {
    }

    /** The sample's {@code SmaCross}. */
    public static final class SmaCross extends SignalStrategy {
        @Param(doc = "fast SMA") int sma1 = 10;
        @Param(doc = "slow SMA") int sma2 = 20;
        private final PrintStream out;

        SmaCross(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            signalAdd(SignalType.LONG, crossOver(sma(sma1), sma(sma2)));
        }

        @Override
        protected void notifyOrder(Order order) {
            if (!order.isAlive()) {
                out.println(DateNum.pyStr(DateNum.asBacktrader(EpochNanos.toLocalDateTime(order.executed().dt())))
                    + " " + (order.isBuy() ? "buy" : "sell") + " " + PyFormat.format("%d@%s", order.executed().size(),
                    order.executed().price()));
            }
        }

        @Override
        protected void notifyTrade(Trade trade) {
            if (trade.isClosed()) {
                out.println("profit " + PyFormat.repr(trade.pnlcomm()));
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
        cerebro.broker().setCash(args.getDouble("--cash", 10000));
        CsvFeed data = CsvFeeds.open(args.data("--bt4j-yahoo", "yhoo-1996-2015.txt"), TimeFrame.Days, 1);
        data.fromDate(LocalDate.parse(args.get("--fromdate", "2011-01-01")).atStartOfDay());
        data.toDate(LocalDate.parse(args.get("--todate", "2012-12-31")).atStartOfDay());
        cerebro.addData(data);
        SmaCross st = new SmaCross(out);
        for (String kv : args.get("--strat", "").split(",")) {
            if (kv.startsWith("sma1=")) {
                st.sma1 = Integer.parseInt(kv.substring(5));
            } else if (kv.startsWith("sma2=")) {
                st.sma2 = Integer.parseInt(kv.substring(5));
            }
        }
        cerebro.addStrategy(st);
        int stake = args.getInt("--stake", 1);
        cerebro.addSizer(() -> new FixedSize(stake));
        cerebro.run();
    }
}
