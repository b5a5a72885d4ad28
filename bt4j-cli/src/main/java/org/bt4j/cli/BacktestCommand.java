package org.bt4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.analyzer.Analyzers;
import org.bt4j.engine.Backtest;
import org.bt4j.engine.ResultStreamer;
import org.bt4j.feed.BinaryFeed;
import org.bt4j.feed.SourceFeed;
import org.bt4j.time.Stopwatch;
import org.bt4j.util.AtomicFile;
import org.bt4j.writer.WriterFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j backtest}: runs one strategy over one data file with backtrader's simulated broker
 * and streams the result as JSON (golden/README.md §3: final value and cash, position, orders,
 * trades, analyzers; SCHEMA.md) to stdout or {@code --out FILE}. On a terminal, a run longer than
 * two seconds shows a progress line; every run ends with a line on stderr giving the bars, bars
 * per second, and the load, run and output times. Runs on the calling thread.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtests a strategy on a CSV file and prints the result as JSON.",
            "Built-in strategies: smacross, smacross-ls, bracket, targetpct, oco (or a Strategy class name).",
            "Example: bt4j backtest --data daily.csv --strategy smacross --param fast=5 --param slow=15 --json"})
public final class BacktestCommand implements Callable<Integer> {

    /** Name of the progress line's analyzer slot (bt4j's own: not reported). */
    private static final String PROGRESS = WriterFile.INTERNAL_PREFIX + "progress";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--slippage-perc", description = "percentage slippage (0.001 = 0.1%%)")
    Double slippagePerc;

    @Option(names = "--coc", description = "cheat-on-close: Market orders fill at the close of their bar")
    boolean coc;

    @Option(names = "--analyzer", description = "analyzer name (repeatable), e.g. DrawDown")
    List<String> analyzers = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "runonce",
            description = "runonce (vectorised, default), runnext (bar by bar) or exactbars (streaming, bounded memory)")
    String mode;

    @Option(names = "--json", description = "print the result as JSON (the only output format)")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON to FILE (atomically) instead of stdout")
    Path out;

    @Option(names = "--schema", defaultValue = "0", paramLabel = "N",
            description = "JSON schema version (SCHEMA.md): 0 = backtrader's golden contract (NaN as \"nan\"), "
                + "1 = strict JSON (a \"schema\" member, NaN as null)")
    int schema;

    @Option(names = "--plot", paramLabel = "FILE", description = "also draw the run as a chart, FILE.png or FILE.svg")
    Path plot;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the HTML run report, FILE.html")
    Path report;

    @Option(names = "--writer", paramLabel = "FILE", description = "also write every line per bar and the run summary as CSV (backtrader's writer); - for stdout")
    String writer;

    /**
     * The process's standard output as bytes, set by {@link Main#main} ({@link #printBytesTo}): the
     * JSON then goes out as the ASCII bytes it is made of, in 64 KiB writes, instead of through the
     * command line's character writer (8 KiB encoder writes: at 10M bars 0.4-0.8 s more after the
     * run). Null: through the writer (tests, callers with a writer of their own).
     */
    OutputStream stdoutBytes;

    /** Lets {@code root}'s {@code backtest} sub-command, if it has one, print its JSON as bytes to {@code out}. */
    static void printBytesTo(picocli.CommandLine root, OutputStream out) {
        picocli.CommandLine backtest = root.getSubcommands().get("backtest");
        if (backtest != null) {
            ((BacktestCommand) backtest.getCommand()).stdoutBytes = out;
        }
    }

    @Override
    public Integer call() {
        Stopwatch command = Stopwatch.start();
        Backtest bt = new Backtest();
        input.check();
        if (schema != 0 && schema != 1) {
            throw new BadInputException("--schema: must be 0 or 1, got " + schema);
        }
        if (out != null) {
            AtomicFile.check("--out", out);
        }
        input.refuseInput("--out", out);
        input.refuseInput("--writer", writer == null || writer.equals("-") ? null : Path.of(writer));
        input.refuseInput("--plot", plot);
        input.refuseInput("--report", report);
        bt.cash(broker.cash());
        if (broker.commission != null) {
            bt.commission(broker.commission);
        }
        if (broker.mult != null) {
            bt.mult(broker.mult);
        }
        if (broker.margin != null) {
            bt.margin(broker.margin);
        }
        if (slippagePerc != null) {
            bt.slippagePerc(slippagePerc);
        }
        bt.coc(coc);
        bt.mode(parseMode(mode));
        bt.strategy(strategy.strategy, strategy.jars());
        for (Map.Entry<String, String> p : strategy.params().entrySet()) { // no method reference: each links on a cold start
            bt.param(p.getKey(), p.getValue());
        }
        for (String name : analyzers) {
            Analyzers.create(name);
            bt.analyzer(name, () -> Analyzers.create(name));
        }
        RunOutputs outputs = new RunOutputs(plot, report, writer);
        outputs.attach(bt, spec.commandLine().getOut());
        SourceFeed feed = input.feed();
        bt.data(feed);
        PrintWriter err = spec.commandLine().getErr();
        if (RunProgress.onTerminal()) {
            bt.analyzer(PROGRESS, () -> new RunProgress(err, () -> total(feed), command::elapsedNanos));
        }
        try (ResultStreamer json = streamer()) {
            if (json != null) {
                bt.alongside(json);
            }
            Backtest.Result r = bt.run();
            outputs.finish(r, strategy.strategy + " on " + input.data().getFileName(), RunOutputs.settings(this));
            Stopwatch output = Stopwatch.start();
            write(r, json);
            long outputNanos = output.elapsedNanos();
            long totalNanos = command.elapsedNanos();
            err.println(closingLine(r.bars(), r.cerebro().runNanos(), r.loadNanos(), outputNanos,
                    json == null ? -1 : json.nanosAlongside(), totalNanos));
        }
        err.flush();
        return 0;
    }

    /**
     * The line that ends every run: the bars, the run's time and bars per second, the load and
     * output times, the writer thread's time alongside the run ({@code alongsideNanos} &lt; 0: none)
     * and the command's total. Times in seconds with three decimals, rounded half up (as
     * {@code %.3f}); made without {@link java.util.Formatter}, whose first use costs a cold run
     * about 10 ms.
     */
    static String closingLine(long bars, long runNanos, long loadNanos, long outputNanos, long alongsideNanos,
            long totalNanos) {
        StringBuilder b = new StringBuilder(200).append("bt4j: ").append(bars).append(" bars processed in ");
        seconds(b, runNanos).append(" s (").append(runNanos > 0 ? Math.round(bars * 1e9 / runNanos) : 0)
                .append(" bars/s); load ");
        seconds(b, loadNanos).append(" s, output ");
        seconds(b, outputNanos).append(" s");
        if (alongsideNanos >= 0) {
            seconds(b.append(" after the run (+"), alongsideNanos).append(" s alongside it on a second thread)");
        }
        return seconds(b.append(", total "), totalNanos).append(" s").toString();
    }

    /** Appends {@code nanos} (&gt;= 0) as seconds with three decimals, rounded half up. */
    private static StringBuilder seconds(StringBuilder b, long nanos) {
        long ms = (nanos + 500_000) / 1_000_000;
        long frac = ms % 1000;
        return b.append(ms / 1000).append('.').append(frac < 100 ? (frac < 10 ? "00" : "0") : "").append(frac);
    }

    /**
     * The streamer that writes the orders and trades while the run goes on, spilling beside
     * {@code --out} (or in the temporary directory); null when no spill file can be made there (the
     * document is then written after the run, in one pass).
     */
    private ResultStreamer streamer() {
        Path dir = out != null ? out.toAbsolutePath().getParent() : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            return ResultStreamer.open(schema, dir);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** The bars the run will have, or -1 while unknown. */
    private static long total(SourceFeed feed) {
        if (feed instanceof BinaryFeed b) {
            return b.barCount();
        }
        return feed.isPreloaded() ? feed.size() : -1;
    }

    /**
     * The JSON, streamed to stdout or to {@code --out} (created only when complete), with what
     * {@code json} wrote while the run went on (null: all of it now).
     */
    private void write(Backtest.Result r, ResultStreamer json) {
        if (out == null && stdoutBytes != null) {
            spec.commandLine().getOut().flush();
            try {
                if (json != null) {
                    json.write(r, stdoutBytes);
                } else {
                    r.writeJson(stdoutBytes, schema);
                }
                stdoutBytes.write('\n');
                stdoutBytes.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            if (json != null) {
                json.write(r, w);
            } else {
                r.writeJson(w, schema);
            }
            w.println();
            w.flush();
            return;
        }
        try (AtomicFile f = AtomicFile.open(out)) {
            if (json != null) {
                json.write(r, f.out());
            } else {
                r.writeJson(f.out(), schema);
            }
            f.out().write('\n');
            f.out().flush();
            f.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("--out: cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static Backtest.Mode parseMode(String m) {
        switch (m.toLowerCase(Locale.ROOT)) {
            case "runonce":
                return Backtest.Mode.RUNONCE;
            case "runnext":
                return Backtest.Mode.RUNNEXT;
            case "exactbars":
                return Backtest.Mode.EXACTBARS;
            default:
                throw new BadInputException("--mode '" + m + "' is not one of runonce, runnext, exactbars");
        }
    }
}
