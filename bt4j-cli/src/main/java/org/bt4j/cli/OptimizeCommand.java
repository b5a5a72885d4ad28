package org.bt4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.cluster.ClusterSweep;
import org.bt4j.opt.CsvResults;
import org.bt4j.opt.JsonLinesResults;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.opt.ResultSink;
import org.bt4j.util.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j optimize}: runs a strategy over a parameter grid on all cores (backtrader's
 * {@code optstrategy}), streaming one result per combination — CSV or JSON lines, to a file
 * (written atomically) or stdout — with a progress bar and ETA on stderr. A failing combination
 * is reported in its row; the sweep goes on. Rows come in grid order, so the file is the same
 * whether the sweep ran on one JVM or, with {@code --cluster}, on {@code bt4j worker} members.
 * Runs on the calling thread plus a worker pool (or, on a cluster, Hazelcast's client threads).
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Runs a strategy over a parameter grid on every core; one result row per combination.",
            "Grid: --param NAME=START:STOP[:STEP] (inclusive) or NAME=A,B,C or NAME=VALUE (repeatable).",
            "Example: bt4j optimize --data daily.csv --strategy smacross --param fast=5:20 --param slow=20:60:5 --out r.csv",
            "On a cluster of 'bt4j worker' members: add --cluster host:port[,host:port...] (same rows, same order)."})
public final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    SweepOptions sweep;

    @Option(names = "--threads", description = "worker threads (default: every core)")
    Integer threads;

    @Option(names = "--mode", defaultValue = "runonce", description = "runonce (default) or runnext")
    String mode;

    @Option(names = "--format", description = "csv or jsonl (default: by --out's extension, else csv)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results here (default: stdout)")
    Path out;

    @Option(names = "--no-progress", description = "no progress bar on stderr")
    boolean noProgress;

    @Option(names = "--no-shared-indicators", description = "compute every indicator in every run (default: a moving"
            + " average over the data is computed once and read by every combination that needs it; same results)")
    boolean noSharedIndicators;

    @Option(names = "--cluster", split = ",", paramLabel = "HOST:PORT",
            description = "run the sweep on the 'bt4j worker' members at these addresses (one is enough)")
    List<String> cluster;

    /** Options a member does not need to plan the sweep (they say where and how rows are written). */
    private static final List<String> COORDINATOR_ONLY = List.of("--cluster", "--out", "--format", "--no-progress",
            "--threads");

    @Override
    public Integer call() throws Exception {
        ParamGrid grid = sweep.grid();
        boolean jsonl = jsonl();
        if (out != null) {
            AtomicFile.check("--out", out);
        }
        input.check();
        input.refuseInput("--out", out);
        sweep.broker.cash();
        ProbeOptions.runonce(mode);
        Class<? extends org.bt4j.strategy.Strategy> type = sweep.strategyClass();
        sweep.analyzerFactories();
        if (cluster != null && threads != null) {
            throw new BadInputException("--threads: on a cluster each member has its own (bt4j worker --threads)");
        }
        ClusterSweep onCluster = cluster == null ? null : new ClusterSweep(cluster);
        Optimizer opt = onCluster == null ? optimizer(type) : null;
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = noProgress ? Progress.NONE : new ProgressBar(err);
        Optimizer.Summary sum;
        ClusterSweep.Outcome outcome = null;
        try (AtomicFile f = out == null ? null : AtomicFile.open(out)) {
            Writer w = f == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(f.out(), StandardCharsets.UTF_8), 1 << 16);
            ResultSink sink = sink(w, grid, jsonl);
            if (onCluster == null) {
                sum = opt.run(sink, progress);
            } else {
                List<Path> files = new ArrayList<>(List.of(input.data()));
                files.addAll(sweep.strategyJars);
                outcome = onCluster.run(memberArgs(spec.commandLine().getParseResult()), files, grid, sink, progress);
                sum = outcome.summary();
            }
            w.flush();
            if (f != null && sum.complete()) {
                f.commit(); // else nothing is left behind
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        if (!noProgress) {
            err.print('\n');
        }
        if (sum.complete()) {
            err.printf(Locale.ROOT, "bt4j: %d combinations (%d failed) in %.3f s (%.0f runs/s on %d threads%s)%n",
                    sum.runs(), sum.failed(), sum.elapsedNanos() / 1e9, sum.runsPerSecond(), sum.threads(),
                    outcome == null ? "" : " of " + outcome.members() + " cluster members" + (outcome.rerun() == 0 ? ""
                            : "; " + outcome.rerun() + " combinations run again after a member left"));
        } else {
            err.printf(Locale.ROOT, "bt4j: optimize stopped: %d of %d combinations have a row%s; %s%n", sum.runs(),
                    sum.total(), out == null ? "" : " (" + out + " not written)", sum.lost());
        }
        err.flush();
        return sum.complete() ? 0 : 1;
    }

    /** This sweep's optimizer: strategy, grid, mode, broker, analyzers and the data, preloaded. */
    private Optimizer optimizer(Class<? extends org.bt4j.strategy.Strategy> type) {
        Optimizer opt = new Optimizer()
                .strategy(type)
                .grid(sweep.grid()).runonce(ProbeOptions.runonce(mode)).broker(sweep.broker::newBroker)
                .shareIndicators(!noSharedIndicators);
        if (threads != null) {
            opt.threads(threads);
        }
        sweep.analyzerFactories().forEach(opt::analyzer);
        opt.data(input.feed());
        return opt;
    }

    /**
     * The options a cluster member plans the sweep from: every option given, as given, but those
     * that only say where and how this machine writes the rows.
     */
    static List<String> memberArgs(CommandLine.ParseResult parsed) {
        List<String> args = new ArrayList<>();
        for (OptionSpec o : new LinkedHashSet<>(parsed.matchedOptions())) { // a repeated option is listed per match
            if (COORDINATOR_ONLY.contains(o.longestName())) {
                continue;
            }
            if (o.arity().max() == 0) {
                args.add(o.longestName());
                continue;
            }
            for (String v : o.originalStringValues()) {
                args.add(o.longestName());
                args.add(v);
            }
        }
        return args;
    }

    /**
     * A member's plan of a sweep (bt4j worker): the sweep's options parsed as this command parses
     * them, with the data and strategy jars replaced by the member's copies ({@code files}: data
     * first).
     */
    static Optimizer plan(List<String> args, List<Path> files) {
        OptimizeCommand c = new OptimizeCommand();
        new CommandLine(c).parseArgs(args.toArray(new String[0]));
        c.input.data = files.get(0);
        c.sweep.strategyJars = new ArrayList<>(files.subList(1, files.size()));
        c.input.check();
        c.sweep.broker.cash();
        return c.optimizer(c.sweep.strategyClass());
    }

    private boolean jsonl() {
        String f = format;
        if (f == null) {
            String name = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            f = name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") ? "jsonl" : "csv";
        }
        switch (f.toLowerCase(Locale.ROOT)) {
            case "csv":
                return false;
            case "jsonl":
                return true;
            default:
                throw new BadInputException("--format '" + format + "' is not one of csv, jsonl");
        }
    }

    private ResultSink sink(Writer w, ParamGrid grid, boolean jsonl) {
        return jsonl ? new JsonLinesResults(w) : new CsvResults(w, grid.names(), !sweep.analyzers.isEmpty());
    }

    /** A one-line progress bar with rate and ETA, redrawn at most five times a second. */
    static final class ProgressBar implements Progress {
        private final PrintWriter err;
        private long lastDraw;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, long failed, long elapsedNanos) {
            if (done < total && elapsedNanos - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = elapsedNanos;
            err.print('\r');
            err.print(line(done, total, failed, elapsedNanos));
            err.flush();
        }

        static String line(long done, long total, long failed, long elapsedNanos) {
            int width = 30;
            int filled = (int) (width * done / Math.max(1, total));
            double secs = elapsedNanos / 1e9;
            double rate = secs > 0 ? done / secs : 0;
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d  %.0f runs/s  ETA %02d:%02d:%02d%s",
                    "#".repeat(filled), ".".repeat(width - filled), 100 * done / Math.max(1, total), done, total,
                    rate, eta / 3600, eta / 60 % 60, eta % 60, failed > 0 ? "  failed " + failed : "");
        }
    }
}
