package org.bt4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFeed;
import org.bt4j.research.WarmupCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j check warmup}: lists each indicator line of a strategy or indicator, whether its
 * values depend on how much history precedes them, and the bars of warm-up that make it stable
 * ({@link WarmupCheck}). Runs on the calling thread.
 */
@Command(name = "warmup", mixinStandardHelpOptions = true,
        description = {"Reports the indicators whose values depend on how much history precedes them",
            "(recursive ones such as EMA) and how many bars of warm-up make them stable: what a live",
            "start needs backfilled. Stable: a later start's disagreement with the full run stays within",
            "--tolerance times its disagreement at its first value. Exit 3 when a line never settles.",
            "Example: bt4j check warmup --data daily.csv --indicator EMA --param period=30"})
public final class CheckWarmupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    ProbeOptions probe;

    @Option(names = "--tolerance", defaultValue = "0.001", paramLabel = "X",
            description = "fraction of the starting disagreement left when stable (default 0.001)")
    double tolerance;

    @Option(names = "--starts", defaultValue = "3", paramLabel = "N",
            description = "number of later starts, spread over the first half of the data (default 3)")
    int starts;

    @Override
    public Integer call() {
        input.check();
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new BadInputException("--tolerance must be > 0 and < 1, got " + tolerance);
        }
        if (starts < 1) {
            throw new BadInputException("--starts must be >= 1, got " + starts);
        }
        var p = probe.probe();
        DataFeed data = input.feed();
        data.preload();
        int[] at = WarmupCheck.starts(data.size(), starts);
        if (at.length == 0) {
            throw new BadInputException("--data " + input.data() + ": too few bars (" + data.size() + ") to start later");
        }
        List<WarmupCheck.Stability> found = WarmupCheck.run(data, p, at, tolerance);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "warmup check of %s on %s: %d bars, started %d bars later too, tolerance %s%n",
            probe.describe(), input.data().getFileName(), data.size(), at[at.length - 1], tolerance);
        boolean unsettled = false;
        for (WarmupCheck.Stability s : found) {
            if (!s.dependsOnHistory()) {
                out.printf("%s: independent of history; first value after %d bars%n", s.series(), s.firstValue());
            } else if (s.warmup() < 0) {
                unsettled = true;
                out.printf("%s: depends on history; NOT stable within the data (first value after %d bars)%n",
                    s.series(), s.firstValue());
            } else {
                out.printf("%s: depends on history; stable after %d bars of warm-up (first value after %d bars)%n",
                    s.series(), s.warmup(), s.firstValue());
            }
        }
        out.flush();
        return unsettled ? CheckCommand.FOUND : 0;
    }
}
