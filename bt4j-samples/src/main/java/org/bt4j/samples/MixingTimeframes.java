package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.Lines;
import org.bt4j.indicator.PivotPoint;
import org.bt4j.line.Line;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code samples/mixing-timeframes}: a daily data and its monthly resample (a clone
 * of the same feed, {@code Cerebro.resampleData}); a {@link PivotPoint} on the monthly bars and
 * a sell signal {@code close < s1} on the daily clock ({@code couple}, backtrader's
 * {@code pp.s1()}). Arguments: {@code --data}.
 */
public final class MixingTimeframes {

    private MixingTimeframes() {
    }

    /** The sample's strategy {@code St}. */
    public static final class St extends Strategy {
        private final PrintStream out;
        private PivotPoint pp;
        private Line sellSignal;

        St(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void init() {
            pp = new PivotPoint(data(1));
            pp.plot(false);
            sellSignal = Lines.of(data(0).close()).lt(couple(pp.line("s1"))); // close < pp.s1()
        }

        @Override
        protected void next() {
            out.println(PyFormat.format("%04d,%04d,%04d,%s,%.2f,%.2f,%.2f", len(), data(0).len(), data(1).len(),
                data().date(0), data(0).close().get(0), pp.line("s1").get(0), sellSignal.get(0)));
        }
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = new Cerebro();
        DataFeed data = CsvFeeds.open(args.data("--data", "2005-2006-day-001.txt"), TimeFrame.Days, 1);
        cerebro.addData(data);
        cerebro.resampleData(data, TimeFrame.Months, 1);
        cerebro.addStrategy(new St(out));
        cerebro.stdstats(false).runonce(false).run();
    }
}
