package org.bt4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.opt.CsvResults;
import org.bt4j.opt.JsonLinesResults;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.opt.ResultSink;
import org.bt4j.util.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j optimize}: runs a strategy over a parameter grid on all cores (backtrader's
 * {@code optstrategy}), streaming one result per combination — CSV or JSON lines, to a file
 * (written atomically) or stdout — with a progress bar and ETA on stderr. A failing combination
 * is reported in its row; the sweep goes on. Runs on the calling thread plus a worker pool.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Runs a strategy over a parameter grid on every core; one result row per combination.",
            "Grid: --param NAME=START:STOP[:STEP] (inclusive) or NAME=A,B,C or NAME=VALUE (repeatable).",
            "Example: bt4j optimize --data daily.csv --strategy smacross --param fast=5:20 --param slow=20:60:5 --out r.csv"})
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
        boolean runonce = ProbeOptions.runonce(mode);
        Optimizer opt = new Optimizer()
                .strategy(sweep.strategyClass())
                .grid(grid).runonce(runonce).broker(sweep.broker::newBroker);
        if (threads != null) {
            opt.threads(threads);
        }
        sweep.analyzerFactories().forEach(opt::analyzer);
        opt.data(input.feed());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = noProgress ? Progress.NONE : new ProgressBar(err);
        Optimizer.Summary sum;
        if (out == null) {
            Writer w = spec.commandLine().getOut();
            sum = opt.run(sink(w, grid, jsonl), progress);
        } else {
            try (AtomicFile f = AtomicFile.open(out)) {
                Writer w = new BufferedWriter(new OutputStreamWriter(f.out(), StandardCharsets.UTF_8), 1 << 16);
                sum = opt.run(sink(w, grid, jsonl), progress);
                w.flush();
                if (sum.complete()) {
                    f.commit(); // else nothing is left behind
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        if (!noProgress) {
            err.print('\n');
        }
        if (sum.complete()) {
            err.printf(Locale.ROOT, "bt4j: %d combinations (%d failed) in %.3f s (%.0f runs/s on %d threads)%n",
                    sum.runs(), sum.failed(), sum.elapsedNanos() / 1e9, sum.runsPerSecond(), sum.threads());
        } else {
            err.printf(Locale.ROOT, "bt4j: optimize stopped: %d of %d combinations have a row%s; %s%n", sum.runs(),
                    sum.total(), out == null ? "" : " (" + out + " not written)", sum.lost());
        }
        err.flush();
        return sum.complete() ? 0 : 1;
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
