package org.bt4j.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFeed;
import org.bt4j.resample.AggregatedFeed;
import org.bt4j.resample.ReplayedFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampleWriter;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.TimeFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j resample}: backtrader's {@code resampledata} / {@code replaydata} on a CSV file,
 * printing one CSV row per {@code next()} of a strategy watching the resampled data (format in
 * the golden README §2). Runs on the calling thread.
 */
@Command(name = "resample", mixinStandardHelpOptions = true,
        description = {"Resamples (or replays) a data file to a larger timeframe and prints the bars as CSV.",
            "--data may also be a bt4j bar file (see bt4j data convert).",
            "Example: bt4j resample --data minute.csv --timeframe Minutes --to-timeframe Minutes --to-compression 5"})
public final class ResampleCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions input;

    @Option(names = "--to-timeframe", required = true, description = "target timeframe: Ticks, MicroSeconds, Seconds, Minutes, Days, Weeks, Months, Years")
    String toTimeframe;

    @Option(names = "--to-compression", defaultValue = "1", description = "target compression (default 1)")
    int toCompression;

    @Option(names = "--replay", description = "replay (show bars while they form) instead of resample")
    boolean replay;

    @Option(names = "--no-bar2edge", description = "do not align intraday bars to clock boundaries")
    boolean noBar2edge;

    @Option(names = "--no-adjbartime", description = "do not restamp bars to their boundary")
    boolean noAdjbartime;

    @Option(names = "--no-rightedge", description = "restamp to the bucket start instead of its end")
    boolean noRightedge;

    @Option(names = "--boundoff", defaultValue = "0", description = "shift boundaries by N target units (default 0)")
    int boundoff;

    @Override
    public Integer call() {
        TimeFrame to = DataOptions.timeFrame("--to-timeframe", toTimeframe);
        input.check();
        DataOptions.compression("--to-compression", toCompression);
        DataFeed source = input.feed();
        if (to.compareTo(source.timeFrame()) < 0) {
            throw new BadInputException("--to-timeframe: " + to + " is smaller than the data's timeframe "
                + source.timeFrame());
        }
        ResampleParams p = (replay ? ResampleParams.replay(to, toCompression) : ResampleParams.resample(to, toCompression))
            .withBar2edge(!noBar2edge).withRightedge(!noRightedge).withBoundoff(boundoff).withTakelate(true);
        if (noAdjbartime) {
            p = p.withAdjbartime(false);
        }
        AggregatedFeed feed = replay ? new ReplayedFeed(source, p) : new ResampledFeed(source, p);
        PrintWriter out = spec == null ? new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
            StandardCharsets.UTF_8))) : spec.commandLine().getOut();
        ResampleWriter.write(feed, out);
        out.flush();
        return 0;
    }
}
