package org.bt4j.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFeed;
import org.bt4j.opt.ParamGrid;
import org.bt4j.research.WalkForward;
import org.bt4j.util.AtomicFile;
import org.bt4j.util.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j walkforward}: walk-forward optimisation ({@link WalkForward}) with the grid syntax of
 * {@code optimize}; prints each window's winner, returns and efficiency ratio, and the stitched
 * out-of-sample equity, as JSON or CSV. Runs on the calling thread plus the optimiser's pool.
 */
@Command(name = "walkforward", mixinStandardHelpOptions = true,
        description = {"Walk-forward optimisation: optimise on each in-sample window by a metric, run the winner",
            "on the following out-of-sample window, chain the out-of-sample equity; efficiency ratio =",
            "out-of-sample return per bar / in-sample return per bar.",
            "Example: bt4j walkforward --data daily.csv --strategy smacross --param fast=5:20:5 --param slow=30,50"
                + " --in-sample 300 --out-sample 100 --metric value"})
public final class WalkforwardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    SweepOptions sweep;

    @Option(names = "--metric", defaultValue = "value",
            description = "what wins in sample: value (final broker value, default) or ANALYZER.KEY, e.g. SQN.sqn")
    String metric;

    @Option(names = "--minimize", description = "the lowest metric wins (e.g. DrawDown.max.drawdown)")
    boolean minimize;

    @Option(names = "--in-sample", required = true, paramLabel = "BARS", description = "in-sample bars per window")
    int inSample;

    @Option(names = "--out-sample", required = true, paramLabel = "BARS", description = "out-of-sample bars per window")
    int outSample;

    @Option(names = "--anchored", description = "every in-sample window starts at the first bar (default: rolling)")
    boolean anchored;

    @Option(names = "--threads", description = "optimiser threads (default: every core)")
    Integer threads;

    @Option(names = "--mode", defaultValue = "runonce", description = "runonce (default) or runnext")
    String mode;

    @Option(names = "--format", defaultValue = "json", description = "json (windows and equity, default) or csv (windows)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of stdout")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the HTML report, FILE.html")
    Path report;

    @Override
    public Integer call() throws Exception {
        input.check();
        ParamGrid grid = sweep.grid();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            throw new BadInputException("--format '" + format + "' is not one of json, csv");
        }
        if (out != null) {
            AtomicFile.check("--out", out);
        }
        input.refuseInput("--out", out);
        if (report != null) {
            org.bt4j.report.html.HtmlReport.checkName(report);
            input.refuseInput("--report", report);
        }
        if (threads != null && threads < 1) {
            throw new BadInputException("--threads must be >= 1, got " + threads);
        }
        if (!metric.equals("value") && !sweep.analyzers.contains(metric.split("\\.")[0])) {
            throw new BadInputException("--metric " + metric + ": add its analyzer with --analyzer "
                + metric.split("\\.")[0]);
        }
        WalkForward wf = new WalkForward()
            .strategy(sweep.strategyClass(), grid)
            .broker(sweep.broker::newBroker, sweep.broker.cash()).metric(metric, minimize).windows(inSample, outSample, anchored)
            .threads(threads == null ? Runtime.getRuntime().availableProcessors() : threads, ProbeOptions.runonce(mode));
        sweep.analyzerFactories().forEach(wf::analyzer);
        DataFeed data = input.feed();
        WalkForward.Result r = wf.run(data);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            write(r, grid, fmt, w);
            w.flush();
        } else {
            try (AtomicFile f = AtomicFile.open(out)) {
                Writer w = new OutputStreamWriter(f.out(), StandardCharsets.UTF_8);
                write(r, grid, fmt, w);
                w.flush();
                f.commit();
            } catch (IOException e) {
                throw new BadInputException("--out: cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        if (report != null) {
            Map<String, Object> settings = new java.util.LinkedHashMap<>();
            settings.put("strategy", sweep.strategy);
            settings.put("grid", String.join(" ", sweep.params));
            settings.put("metric", (minimize ? "lowest " : "highest ") + metric);
            settings.put("windows", (anchored ? "anchored" : "rolling") + ", in sample " + inSample
                + " bars, out of sample " + outSample + " bars");
            WalkForwardReport.write(r, data, settings, report);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "bt4j: %d windows, efficiency ratio %.4f%n", r.windows().size(), r.efficiency());
        err.flush();
        return 0;
    }

    private static void write(WalkForward.Result r, ParamGrid grid, String fmt, Writer w) throws IOException {
        if (fmt.equals("csv")) {
            w.write("window,in_from,out_from,out_to," + String.join(",", grid.names())
                + ",in_metric,in_return,out_return,efficiency\n");
            int i = 0;
            for (WalkForward.Window x : r.windows()) {
                StringBuilder row = new StringBuilder().append(i++).append(',').append(x.inFrom()).append(',')
                    .append(x.outFrom()).append(',').append(x.outTo());
                for (String name : grid.names()) {
                    row.append(',').append(x.params().get(name));
                }
                row.append(',').append(x.inMetric()).append(',').append(x.inReturn()).append(',')
                    .append(x.outReturn()).append(',').append(x.efficiency()).append('\n');
                w.write(row.toString());
            }
            return;
        }
        JsonWriter j = JsonWriter.pretty(w, JsonWriter.NonFinite.NULL);
        j.beginObject().name("efficiency").value(r.efficiency()).name("windows").beginArray();
        for (WalkForward.Window x : r.windows()) {
            j.beginObject().name("in_from").value(x.inFrom()).name("out_from").value(x.outFrom())
                .name("out_to").value(x.outTo()).name("params").beginObject();
            for (Map.Entry<String, Object> e : x.params().entrySet()) {
                j.name(e.getKey()).value(e.getValue());
            }
            j.endObject().name("in_metric").value(x.inMetric()).name("in_return").value(x.inReturn())
                .name("out_return").value(x.outReturn()).name("efficiency").value(x.efficiency()).endObject();
        }
        j.endArray().name("equity").beginArray();
        for (int i = 0; i < r.equity().length; i++) {
            j.beginArray().value(Instant.ofEpochSecond(0, r.times()[i]).toString()).value(r.equity()[i]).endArray();
        }
        j.endArray().endObject();
        j.flush();
    }
}
