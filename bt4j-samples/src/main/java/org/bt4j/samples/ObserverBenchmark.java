package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.YahooCsvFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.observer.Benchmark;
import org.bt4j.observer.TimeReturn;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code samples/observer-benchmark}: an SMA crossover strategy (buy {@code stake}
 * on the close crossing its SMA upwards, close on the way down) with a {@link Benchmark}
 * observer comparing its returns with those of a data (data0, or data1 with
 * {@code --benchdata1}), or a {@link TimeReturn} observer with {@code --timereturn}, over periods of
 * {@code --timeframe}. The sample only plots; with {@code --bt4j-lines} (what the expected output
 * was produced with) the indicators' and observers' lines are printed bar by bar. Arguments:
 * {@code --data0}, {@code --data1}, {@code --benchdata1}, {@code --fromdate}, {@code --todate},
 * {@code --cash}, {@code --period}, {@code --stake}, {@code --timereturn},
 * {@code --timeframe days|weeks|months|years|notimeframe}, {@code --bt4j-lines}.
 */
public final class ObserverBenchmark {

    private ObserverBenchmark() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        @Param int period = 10;
        @Param boolean printout;
        @Param int stake = 1000;
        private CrossOver crossover;

        @Override
        protected void init() {
            crossover = crossOver(data(), sma(data(), period));
        }

        @Override
        protected void next() {
            if (printout) {
                throw new IllegalArgumentException("--printout: backtrader's sample fails with it at its first close"
                    + " (its CLOSE line names an undefined 'size'); leave it out");
            }
            if (!position().isFlat()) {
                if (crossover.get(0) < 0.0) {
                    closePosition();
                }
            } else if (crossover.get(0) > 0.0) {
                buy(stake);
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
        YahooCsvFeed data0 = new YahooCsvFeed(args.data("--data0", "yhoo-1996-2015.txt"));
        args.dates(data0, "2005-01-01", "2006-12-31");
        cerebro.addData(data0, "Data0");
        St st = new St();
        st.period = args.getInt("--period", 30);
        st.stake = args.getInt("--stake", 1000);
        st.printout = args.flag("--printout");
        cerebro.addStrategy(st);
        TimeFrame timeframe = timeFrame(args.get("--timeframe", null));
        if (args.flag("--timereturn")) {
            cerebro.addObserver(() -> new TimeReturn(timeframe, 0));
        } else {
            DataFeed benchdata = data0;
            if (args.flag("--benchdata1")) {
                YahooCsvFeed data1 = new YahooCsvFeed(args.data("--data1", "orcl-1995-2014.txt"));
                args.dates(data1, "2005-01-01", "2006-12-31");
                cerebro.addData(data1, "Data1");
                benchdata = data1;
            }
            DataFeed bench = benchdata;
            cerebro.addObserver(() -> new Benchmark(bench, timeframe, 0));
        }
        cerebro.run();
        if (args.flag("--bt4j-lines")) {
            SampleLines.print(out, st);
        }
    }

    /** The sample's {@code TIMEFRAMES}: null (the data's), notimeframe, or days, weeks, months, years. */
    private static TimeFrame timeFrame(String name) {
        if (name == null) {
            return null;
        }
        return name.equals("notimeframe") ? TimeFrame.NoTimeFrame : SharpeTimereturn.timeFrame(name);
    }
}
