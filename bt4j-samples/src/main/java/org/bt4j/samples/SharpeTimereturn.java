package org.bt4j.samples;

import java.io.PrintStream;
import org.bt4j.analyzer.SharpeRatio;
import org.bt4j.analyzer.TimeReturn;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code samples/sharpe-timereturn}: {@link SMA_CrossOver} on daily bars with a
 * {@code TimeReturn} and a {@code SharpeRatio} over the same time frame, both printed by a
 * writer (rounding 4) with their parameters. Arguments: {@code --data}, {@code --cash},
 * {@code --fromdate}, {@code --todate}, {@code --writercsv}, {@code --tframe days|weeks|months|years},
 * {@code --annualize}, {@code --riskfreerate}, {@code --factor}, {@code --stddev-sample},
 * {@code --no-convertrate}.
 */
public final class SharpeTimereturn {

    private SharpeTimereturn() {
    }

    public static void main(String[] args) {
        run(System.out, args);
    }

    /** Runs the sample, printing to {@code out}. */
    public static void run(PrintStream out, String... argv) {
        SampleArgs args = SampleArgs.of(argv);
        Cerebro cerebro = SMA_CrossOver.cerebro(args, "2005-01-01", "2006-12-31");
        TimeFrame tf = timeFrame(args.get("--tframe", args.get("--timeframe", "years")));
        cerebro.addAnalyzer(() -> new TimeReturn(tf, 0));
        cerebro.addAnalyzer(() -> {
            SharpeRatio s = new SharpeRatio(tf, 1).annualize(args.flag("--annualize"))
                .stddevSample(args.flag("--stddev-sample")).convertRate(!args.flag("--no-convertrate"));
            if (args.get("--riskfreerate", null) != null) {
                s.riskFreeRate(args.getDouble("--riskfreerate", 0));
            }
            if (args.get("--factor", null) != null) {
                s.factor(args.getDouble("--factor", 0));
            }
            return s;
        });
        cerebro.addWriter(args.writer(out).rounding(4));
        cerebro.run();
    }

    /** The samples' {@code --tframe} choices. */
    static TimeFrame timeFrame(String name) {
        return switch (name) {
            case "days" -> TimeFrame.Days;
            case "weeks" -> TimeFrame.Weeks;
            case "months" -> TimeFrame.Months;
            case "years" -> TimeFrame.Years;
            default -> throw new IllegalArgumentException("--tframe must be days, weeks, months or years, got " + name);
        };
    }
}
