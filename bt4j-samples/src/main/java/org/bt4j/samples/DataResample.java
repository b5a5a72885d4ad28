package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code samples/data-resample}: daily bars resampled to weekly (or monthly, or
 * n-day) bars and run through backtrader's plain {@code bt.Strategy}. The sample itself only
 * plots; with {@code --bt4j-writer} (what the expected output was produced with) a CSV writer
 * prints every resampled bar and the run summary. Arguments: {@code --dataname},
 * {@code --timeframe daily|weekly|monthly}, {@code --compression}, {@code --bt4j-writer}.
 */
public final class DataResample {

    private DataResample() {
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        if (args.flag("--oldrs")) {
            throw new IllegalArgumentException("--oldrs: backtrader no longer has the deprecated DataResampler, so the"
                + " sample fails with it; leave it out (resampledata is the resampler)");
        }
        Cerebro cerebro = new Cerebro().stdstats(false);
        cerebro.addStrategy(new Strategy() { }); // backtrader's plain bt.Strategy
        DataFeed data = CsvFeeds.open(args.data("--dataname", "2006-day-001.txt"), TimeFrame.Days, 1);
        cerebro.resampleData(data, DataReplay.timeFrame(args.get("--timeframe", "weekly")), args.getInt("--compression", 1));
        if (args.flag("--bt4j-writer")) {
            cerebro.addWriter(args.writer(out).csv(true));
        }
        cerebro.run();
    }
}
