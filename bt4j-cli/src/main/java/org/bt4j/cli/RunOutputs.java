package org.bt4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.engine.Backtest;
import org.bt4j.report.RunRecord;
import org.bt4j.report.RunRecorder;
import org.bt4j.report.chart.ChartWriter;
import org.bt4j.report.html.HtmlReport;
import org.bt4j.util.AtomicFile;
import org.bt4j.writer.WriterFile;

/**
 * The files {@code bt4j backtest} writes beside its JSON: the chart ({@code --plot FILE.png|.svg}),
 * the HTML report ({@code --report FILE.html}) and backtrader's CSV writer output
 * ({@code --writer FILE.csv}, or {@code -} for stdout). File names are checked before the run (one
 * line naming the problem); a {@link RunRecorder} rides along as an analyzer; after the run the
 * files are written atomically, so a failure leaves none behind. One run, one thread.
 */
final class RunOutputs {

    /** Name under which the recorder is attached (bt4j's own, so not among the printed analyzers). */
    static final String RECORDER = WriterFile.INTERNAL_PREFIX + "recorder";

    private final Path plot;
    private final Path report;
    private final String writer;
    private RunRecorder recorder;

    RunOutputs(Path plot, Path report, String writer) {
        this.plot = plot;
        this.report = report;
        this.writer = writer;
        if (writer != null && !"-".equals(writer)) {
            AtomicFile.check("--writer", Path.of(writer));
        }
        if (plot != null) {
            ChartWriter.checkName(plot);
        }
        if (report != null) {
            HtmlReport.checkName(report);
        }
    }

    /** Whether any file is wanted. */
    boolean wanted() {
        return plot != null || report != null;
    }

    /**
     * Attaches the recorder when a chart or report is wanted, and the CSV writer (to {@code stdout}
     * for {@code --writer -}, else to its file, created only if the run completes).
     */
    void attach(Backtest bt, PrintWriter stdout) {
        if (writer != null) {
            WriterFile w = "-".equals(writer) ? WriterFile.to(stdout, false) : WriterFile.to(Path.of(writer));
            bt.writer(w.csv(true).indicators(true));
        }
        if (wanted()) {
            recorder = new RunRecorder();
            RunRecorder r = recorder;
            bt.analyzer(RECORDER, () -> r);
        }
    }

    /** Attaches the recorder to a live run (one strategy) when a chart or report is wanted. */
    void attach(org.bt4j.engine.Cerebro cerebro) {
        if (wanted()) {
            recorder = new RunRecorder();
            RunRecorder r = recorder;
            cerebro.addAnalyzer(RECORDER, () -> r);
        }
    }

    /**
     * Writes the wanted files.
     *
     * @param settings the run settings shown in the report, in order
     */
    void finish(Backtest.Result result, String title, Map<String, ?> settings) {
        finish(result.analyses(), title, settings);
    }

    /** Writes the wanted files, with {@code analyses} (each analyzer's result by name) in the report. */
    void finish(Map<String, ? extends Map<String, Object>> analyses, String title, Map<String, ?> settings) {
        if (recorder == null) {
            return;
        }
        RunRecord run = recorder.toRecord(title, settings, new LinkedHashMap<>(analyses));
        if (plot != null) {
            ChartWriter.write(run, plot);
        }
        if (report != null) {
            HtmlReport.write(run, report);
        }
    }

    /** The settings of a {@code bt4j backtest} command line, for the report. */
    static Map<String, Object> settings(BacktestCommand c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("data", c.input.data().getFileName().toString());
        s.put("strategy", c.strategy.strategy);
        for (Map.Entry<String, String> p : c.strategy.params().entrySet()) { // no lambda: each links on a cold start
            s.put("param " + p.getKey(), p.getValue());
        }
        s.put("cash", c.broker.cash);
        if (c.broker.commission != null) {
            s.put("commission", c.broker.commission);
        }
        if (c.broker.mult != null) {
            s.put("mult", c.broker.mult);
        }
        if (c.broker.margin != null) {
            s.put("margin", c.broker.margin);
        }
        if (c.slippagePerc != null) {
            s.put("slippage_perc", c.slippagePerc);
        }
        if (c.coc) {
            s.put("coc", true);
        }
        s.put("mode", c.mode);
        return s;
    }
}
