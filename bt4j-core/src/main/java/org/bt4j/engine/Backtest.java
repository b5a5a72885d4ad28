package org.bt4j.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bt4j.BadInputException;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.StrategyRegistry;
import org.bt4j.time.Stopwatch;
import org.bt4j.time.TimeFrame;

/**
 * One single-data backtest as {@code bt4j backtest} describes it: a CSV file, a strategy by name
 * with parameters, backtrader's BackBroker options (cash, commission, mult, margin, percentage
 * slippage, cheat-on-close), analyzers and the run mode. Validates user input into one-line
 * {@link BadInputException}s, runs a {@link Cerebro}, and returns the {@link RunSummary}.
 * Configure and run on one thread.
 */
public final class Backtest {

    /** How indicators are computed. */
    public enum Mode {
        /** Preloaded, vectorised indicators (backtrader's default). */
        RUNONCE,
        /** Preloaded, bar-by-bar indicators. */
        RUNNEXT,
        /** Streaming feed, bounded lines (exactbars=1). */
        EXACTBARS
    }

    /** Name of the analyzer slot the {@link ResultRecorder} takes (not reported). */
    private static final String RECORDER = org.bt4j.writer.WriterFile.INTERNAL_PREFIX + "result";

    private DataFeed data;
    private String strategyName;
    private Path[] strategyJars = new Path[0];
    private final Map<String, Object> params = new LinkedHashMap<>();
    private double cash = 10000.0;
    private double commission = Double.NaN;
    private double mult = Double.NaN;
    private double margin = Double.NaN;
    private double slippagePerc = Double.NaN;
    private boolean coc;
    private Mode mode = Mode.RUNONCE;
    private final Map<String, Supplier<? extends Analyzer>> analyzers = new LinkedHashMap<>();
    private final List<org.bt4j.writer.WriterFile> writers = new ArrayList<>();
    private ResultStreamer streamer;

    /**
     * The data: a bt4j bar file (by its content, of its own bar size unless {@code tf} is given) or
     * a CSV file read by its header, Days/1 unless {@code tf} is given.
     */
    public Backtest data(Path file, TimeFrame tf, int compression) {
        if (compression < 1) {
            throw new BadInputException("--compression must be >= 1, got " + compression);
        }
        this.data = DataFiles.open(file, tf, compression);
        return this;
    }

    /** The data as a ready feed. */
    public Backtest data(DataFeed feed) {
        this.data = feed;
        return this;
    }

    /** The strategy: a built-in name or a class name (looked up in {@code jars} first). */
    public Backtest strategy(String name, Path... jars) {
        this.strategyName = name;
        this.strategyJars = jars.clone();
        return this;
    }

    /** One strategy parameter (text is converted to the parameter's type). */
    public Backtest param(String key, Object value) {
        params.put(key, value);
        return this;
    }

    public Backtest cash(double c) {
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new BadInputException("--cash must be a finite number >= 0, got " + c);
        }
        this.cash = c;
        return this;
    }

    /** Commission: a fraction of the value, or per contract when a margin is set. */
    public Backtest commission(double c) {
        if (!(c >= 0)) {
            throw new BadInputException("--commission must be >= 0, got " + c);
        }
        this.commission = c;
        return this;
    }

    public Backtest mult(double m) {
        if (!(m > 0)) {
            throw new BadInputException("--mult must be > 0, got " + m);
        }
        this.mult = m;
        return this;
    }

    public Backtest margin(double m) {
        if (!(m > 0)) {
            throw new BadInputException("--margin must be > 0, got " + m);
        }
        this.margin = m;
        return this;
    }

    public Backtest slippagePerc(double p) {
        if (!(p >= 0) || p >= 1) {
            throw new BadInputException("--slippage-perc must be in [0, 1), got " + p);
        }
        this.slippagePerc = p;
        return this;
    }

    public Backtest coc(boolean b) {
        this.coc = b;
        return this;
    }

    public Backtest mode(Mode m) {
        this.mode = m;
        return this;
    }

    /** Adds an analyzer reported under {@code name}. */
    public Backtest analyzer(String name, Supplier<? extends Analyzer> factory) {
        analyzers.put(name, factory);
        return this;
    }

    /** Adds a writer (CSV rows per bar and the run summary). */
    public Backtest writer(org.bt4j.writer.WriterFile w) {
        writers.add(w);
        return this;
    }

    /**
     * Writes the result's orders and trades on a thread of {@code s} while the run goes on, for
     * {@link ResultStreamer#write} to finish after it (the caller closes {@code s}).
     */
    public Backtest alongside(ResultStreamer s) {
        this.streamer = s;
        return this;
    }

    /**
     * The finished run: the engine, the strategy (holding only its live orders and open trades,
     * its observers only their last bars),
     * the result (final values, orders and trades as columns), each analyzer's analysis by name (bt4j's own, named {@code bt4j.…}, left out), and
     * the nanoseconds spent preloading the data before the run (0 when it streams with the run,
     * as in exactbars).
     */
    public record Result(Cerebro cerebro, Strategy strategy, RunSummary summary,
                         Map<String, Map<String, Object>> analyses, long loadNanos) {
        /** Bars processed. */
        public long bars() {
            return cerebro.barsProcessed();
        }

        /**
         * Streams the result document to {@code out} in one pass and flushes it: with schema 0 the
         * golden contract ({@code bt4j backtest --json}, golden/README.md §3: NaN as "nan"), with
         * schema 1 strict JSON (a {@code schema} member first, NaN and infinities as null;
         * SCHEMA.md).
         */
        public void writeJson(java.io.Writer out, int schema) {
            write(org.bt4j.util.JsonWriter.pretty(out, nonFinite(schema)), schema);
        }

        /** As {@link #writeJson(java.io.Writer, int)}, as ASCII bytes. */
        public void writeJson(java.io.OutputStream out, int schema) {
            write(org.bt4j.util.JsonWriter.pretty(out, nonFinite(schema)), schema);
        }

        static org.bt4j.util.JsonWriter.NonFinite nonFinite(int schema) {
            if (schema != 0 && schema != 1) {
                throw new IllegalArgumentException("schema must be 0 or 1, got " + schema);
            }
            return schema == 0 ? org.bt4j.util.JsonWriter.NonFinite.QUOTED : org.bt4j.util.JsonWriter.NonFinite.NULL;
        }

        private void write(org.bt4j.util.JsonWriter w, int schema) {
            write(w, schema, null);
        }

        /** Writes the document with the first orders and trades copied from {@code streamed} (null: none). */
        void write(org.bt4j.util.JsonWriter w, int schema, ResultStreamer streamed) {
            summary.write(w, analyses, schema == 0 ? null : RunSummary.SCHEMA_V1, streamed);
            w.flush();
        }

        /** The result document as one string, in the golden contract (schema 0, no trailing newline). */
        public String json() {
            java.io.StringWriter out = new java.io.StringWriter();
            writeJson(out, 0);
            return out.toString();
        }
    }

    /** Runs the backtest. */
    public Result run() {
        if (data == null) {
            throw new BadInputException("no data given (--data FILE)");
        }
        if (strategyName == null) {
            throw new BadInputException("no strategy given (--strategy NAME); built-in: "
                    + String.join(", ", StrategyRegistry.builtInNames()));
        }
        Class<? extends Strategy> type = StrategyRegistry.resolve(strategyName, strategyJars);
        Strategy strategy = StrategyRegistry.instantiate(type, "strategy " + strategyName, params);
        BackBroker broker = new BackBroker().setCash(cash);
        if (!Double.isNaN(commission) || !Double.isNaN(margin) || !Double.isNaN(mult)) {
            broker.setCommission(CommInfo.setCommission(Double.isNaN(commission) ? 0.0 : commission,
                    margin, Double.isNaN(mult) ? 1.0 : mult));
        }
        if (!Double.isNaN(slippagePerc)) {
            broker.setSlippagePerc(slippagePerc);
        }
        broker.setCoc(coc);
        // the result lists every order and trade: a ResultRecorder keeps them as columns, so the
        // strategy itself need not, in any mode: it keeps only live orders and open trades (at 10M
        // bars the finished ones were ~190 MB of objects the collector copied for nothing)
        // nor do the observers keep every bar: nothing reads their lines after the run (a writer
        // and a chart's recorder read them bar by bar), so each keeps a ring of its last bars
        Cerebro cerebro = new Cerebro().setBroker(broker).addData(data).addStrategy(strategy).retainHistory(false)
            .keepObserverLines(false);
        switch (mode) {
            case RUNNEXT:
                cerebro.runonce(false);
                break;
            case EXACTBARS:
                cerebro.exactbars(1);
                break;
            default:
                break;
        }
        ResultRecorder recorder = new ResultRecorder();
        for (Map.Entry<String, Supplier<? extends Analyzer>> e : analyzers.entrySet()) {
            cerebro.addAnalyzer(e.getKey(), e.getValue());
        }
        cerebro.addAnalyzer(RECORDER, () -> recorder);
        if (streamer != null) {
            recorder.streamTo(streamer);
        }
        for (org.bt4j.writer.WriterFile w : writers) {
            cerebro.addWriter(w);
        }
        long loadNanos = 0;
        if (mode != Mode.EXACTBARS && data.canPreload() && !data.isPreloaded()) {
            Stopwatch load = Stopwatch.start();
            data.preload();
            loadNanos = load.elapsedNanos();
        }
        if (streamer != null) {
            streamer.start();
        }
        cerebro.run();
        Map<String, Map<String, Object>> analyses = new LinkedHashMap<>();
        List<Analyzer> an = new ArrayList<>(strategy.analyzers());
        int i = 0;
        for (String name : analyzers.keySet()) {
            Analyzer a = an.get(i++);
            if (!name.startsWith(org.bt4j.writer.WriterFile.INTERNAL_PREFIX)) {
                analyses.put(name, a.analysis());
            }
        }
        return new Result(cerebro, strategy, RunSummary.of(recorder, broker, data), analyses, loadNanos);
    }
}
