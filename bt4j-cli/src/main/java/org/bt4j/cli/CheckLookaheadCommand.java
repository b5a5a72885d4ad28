package org.bt4j.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFeed;
import org.bt4j.research.LookaheadCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j check lookahead}: re-runs a strategy or indicator on prefixes of the data and lists
 * every indicator line and order decision that changes when later bars are absent
 * ({@link LookaheadCheck}). Runs on the calling thread.
 */
@Command(name = "lookahead", mixinStandardHelpOptions = true,
        description = {"Re-runs on prefixes of the data and reports any indicator value or order decision",
            "that changes when later bars are absent (it used the future). Exit 3 when one does.",
            "Example: bt4j check lookahead --data daily.csv --strategy smacross --param fast=5"})
public final class CheckLookaheadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    ProbeOptions probe;

    @Option(names = "--cuts", defaultValue = "8", paramLabel = "N", description = "number of cut points (default 8)")
    int cuts;

    @Override
    public Integer call() {
        input.check();
        if (cuts < 1) {
            throw new BadInputException("--cuts must be >= 1, got " + cuts);
        }
        var p = probe.probe();
        DataFeed data = input.feed();
        data.preload();
        if (data.size() < 2) {
            throw new BadInputException("--data " + input.data() + ": needs at least 2 bars, has " + data.size());
        }
        int[] at = LookaheadCheck.cuts(data.size(), cuts);
        List<LookaheadCheck.Finding> found = LookaheadCheck.run(data, p, at);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("lookahead check of %s on %s: %d bars, cut after %d prefixes%n", probe.describe(),
            input.data().getFileName(), data.size(), at.length);
        for (LookaheadCheck.Finding f : found) {
            out.printf("LOOKAHEAD %s at bar %d (%s): %s with all %d bars, %s with the first %d%n", f.what(), f.bar(),
                Instant.ofEpochSecond(0, f.time()), f.full(), data.size(), f.prefix(), f.cut());
        }
        out.println(found.isEmpty() ? "OK: no value or decision changed" : "FAILED: " + found.size() + " finding(s)");
        out.flush();
        return found.isEmpty() ? 0 : CheckCommand.FOUND;
    }
}
