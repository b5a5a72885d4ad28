package org.bt4j.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.bt4j.broker.CommInfo;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.sizer.FixedReverser;
import org.bt4j.sizer.Sizer;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/sizertest}: buy when the close crosses above its SMA, sell when it
 * crosses below, sized by backtrader's {@code FixedReverser} or the sample's own {@code LongOnly}
 * sizer. backtrader's sample prints nothing; both sides print the final value
 * ({@code --bt4j-final-value}). Arguments: {@code --data0}, {@code --fromdate}, {@code --todate},
 * {@code --cash}, {@code --longonly}, {@code --stake}, {@code --period}.
 */
public final class Sizertest {

    private Sizertest() {
    }

    /** The sample's {@code CloseSMA}. */
    public static final class CloseSma extends Strategy {
        int period = 15;
        private CrossOver crossover;

        @Override
        protected void init() {
            crossover = crossOver(data(), sma(data(), period));
        }

        @Override
        protected void next() {
            if (crossover.get(0) > 0) {
                buy();
            } else if (crossover.get(0) < 0) {
                sell();
            }
        }
    }

    /** The sample's {@code LongOnly} sizer: the stake to buy; to sell only when long. */
    public static final class LongOnly extends Sizer {
        private final double stake;

        LongOnly(double stake) {
            this.stake = stake;
        }

        @Override
        protected double computeSize(CommInfo commInfo, double cash, DataFeed data, boolean isBuy) {
            if (isBuy) {
                return stake;
            }
            return broker().getPosition(data).size() == 0 ? 0 : stake;
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
        CsvFeed data = CsvFeeds.open(args.data("--data0", "yhoo-1996-2015.txt"), TimeFrame.Days, 1);
        data.fromDate(LocalDate.parse(args.get("--fromdate", "2005-01-01")).atStartOfDay());
        data.toDate(LocalDate.parse(args.get("--todate", "2006-12-31")).atStartOfDay());
        cerebro.addData(data, "Data0");
        CloseSma st = new CloseSma();
        st.period = args.getInt("--period", 15);
        cerebro.addStrategy(st);
        int stake = args.getInt("--stake", 1);
        cerebro.addSizer(args.flag("--longonly") ? () -> new LongOnly(stake) : () -> new FixedReverser(stake));
        cerebro.run();
        if (args.flag("--bt4j-final-value")) {
            out.println(PyFormat.format("Final Value: %.2f", cerebro.broker().getValue()));
        }
    }
}
