package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Param;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/data-replay}: daily bars replayed as weekly (or monthly) bars, an
 * SMA over the replayed data, and a line for every {@code prenext}/{@code next} call (one per
 * daily bar, while the weekly bar forms). Arguments: {@code --dataname}, {@code --timeframe
 * daily|weekly|monthly}, {@code --compression}, {@code --period}.
 */
public final class DataReplay {

    private DataReplay() {
    }

    /** The sample's strategy. */
    public static final class SmaStrategy extends Strategy {
        @Param(doc = "SMA period") int period = 10;
        private final PrintStream out;
        private int counter;

        SmaStrategy(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            sma(period);
        }

        @Override
        protected void start() {
            counter = 0;
        }

        @Override
        protected void prenext() {
            counter++;
            out.println(PyFormat.format("prenext len %d - counter %d", len(), counter));
        }

        @Override
        protected void next() {
            counter++;
            out.println(PyFormat.format("---next len %d - counter %d", len(), counter));
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro().stdstats(false);
        SmaStrategy st = new SmaStrategy(out);
        st.period = args.getInt("--period", 10);
        cerebro.addStrategy(st);
        DataFeed data = CsvFeeds.open(args.data("--dataname", "2006-day-001.txt"), TimeFrame.Days, 1);
        cerebro.replayData(data, timeFrame(args.get("--timeframe", "weekly")), args.getInt("--compression", 1));
        cerebro.preload(false).run();
    }

    /** The sample's {@code --timeframe} choices. */
    static TimeFrame timeFrame(String name) {
        return switch (name) {
            case "daily" -> TimeFrame.Days;
            case "weekly" -> TimeFrame.Weeks;
            case "monthly" -> TimeFrame.Months;
            default -> throw new IllegalArgumentException("--timeframe must be daily, weekly or monthly, got " + name);
        };
    }
}
