package org.bt4j.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.bt4j.BadInputException;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Broker;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.opt.OptResult;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.strategy.Strategy;

/**
 * Walk-forward optimisation: the data is split into windows of {@code outSample} bars, each after an
 * in-sample stretch of {@code inSample} bars (rolling) or of every earlier bar (anchored); the grid is
 * optimised on the in-sample bars with the {@link Optimizer} by one metric, the winner (highest, or
 * lowest when minimising; ties to the first in grid order) runs on the out-of-sample bars alone
 * (flat, warming its indicators up inside the window), and the out-of-sample equity curves are
 * chained into one. The efficiency ratio is out-of-sample return per bar over in-sample return per bar.
 * Configure and run on one thread (the optimiser uses its own pool).
 */
public final class WalkForward {

    /**
     * One window's outcome.
     *
     * @param inFrom      first in-sample bar
     * @param outFrom     first out-of-sample bar (the in-sample bars end here)
     * @param outTo       end of the out-of-sample bars (exclusive)
     * @param params      the winning parameters
     * @param inMetric    the winner's metric in sample
     * @param inReturn    the winner's in-sample return (final value / cash - 1)
     * @param outReturn   the winner's out-of-sample return
     * @param efficiency  out-of-sample return per bar / in-sample return per bar (NaN when the latter is 0)
     */
    public record Window(int inFrom, int outFrom, int outTo, Map<String, Object> params, double inMetric,
                         double inReturn, double outReturn, double efficiency) {
    }

    /**
     * The whole walk.
     *
     * @param windows    each window in time order
     * @param times      bar times of the stitched out-of-sample equity
     * @param equity     the stitched equity: each window's curve scaled to start where the last ended
     * @param efficiency the overall ratio: all out-of-sample bars' return per bar over the mean
     *                   in-sample return per bar
     */
    public record Result(List<Window> windows, long[] times, double[] equity, double efficiency) {
    }

    private Class<? extends Strategy> strategy;
    private ParamGrid grid;
    private Supplier<? extends Broker> broker;
    private double cash;
    private final Map<String, Supplier<? extends Analyzer>> analyzers = new LinkedHashMap<>();
    private String metric = "value";
    private boolean minimize;
    private int inSample;
    private int outSample;
    private boolean anchored;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean runonce = true;

    /** The strategy and its grid. */
    public WalkForward strategy(Class<? extends Strategy> type, ParamGrid g) {
        this.strategy = Objects.requireNonNull(type, "type");
        this.grid = Objects.requireNonNull(g, "grid");
        return this;
    }

    /** Each run's broker, all starting with {@code startCash}. */
    public WalkForward broker(Supplier<? extends Broker> factory, double startCash) {
        this.broker = Objects.requireNonNull(factory, "broker");
        this.cash = startCash;
        return this;
    }

    /** An analyzer the metric may name. */
    public WalkForward analyzer(String name, Supplier<? extends Analyzer> factory) {
        analyzers.put(name, factory);
        return this;
    }

    /** The metric: {@code value} (final broker value) or {@code Analyzer.key[.key...]}; highest wins unless minimising. */
    public WalkForward metric(String m, boolean minimise) {
        this.metric = Objects.requireNonNull(m, "metric");
        this.minimize = minimise;
        return this;
    }

    /** Window sizes in bars; anchored: the in-sample bars start at the first bar. */
    public WalkForward windows(int in, int out, boolean anchor) {
        if (in < 1) {
            throw new BadInputException("--in-sample must be >= 1 bar, got " + in);
        }
        if (out < 1) {
            throw new BadInputException("--out-sample must be >= 1 bar, got " + out);
        }
        this.inSample = in;
        this.outSample = out;
        this.anchored = anchor;
        return this;
    }

    /** Optimiser threads, and vectorised or bar-by-bar indicators. */
    public WalkForward threads(int n, boolean once) {
        this.threads = n;
        this.runonce = once;
        return this;
    }

    /** Walks forward over {@code master} (preloaded here if needed). */
    public Result run(DataFeed master) throws InterruptedException {
        int n = org.bt4j.opt.SharedData.preloadMaster(master).size();
        if (inSample + outSample > n) {
            throw new BadInputException("--in-sample " + inSample + " + --out-sample " + outSample
                + " bars exceed the data's " + n + " bars");
        }
        List<Window> windows = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        double inPerBar = 0;
        for (int from = inSample; from + outSample <= n; from += outSample) {
            int inFrom = anchored ? 0 : from - inSample;
            OptResult best = optimise(BarSlice.of(master, inFrom, from));
            EquityCurve curve = new EquityCurve();
            Cerebro c = new Cerebro().stdstats(false).runonce(runonce).setBroker(broker.get())
                .addData(BarSlice.of(master, from, from + outSample)).addStrategy(strategy, best.params())
                .addAnalyzer("equity", () -> curve);
            c.run();
            double[] v = curve.values();
            double outRet = v[v.length - 1] / cash - 1;
            double inRet = best.value() / cash - 1;
            double inBar = inRet / (from - inFrom);
            inPerBar += inBar;
            windows.add(new Window(inFrom, from, from + outSample, best.params(), metricOf(best), inRet, outRet,
                inBar == 0 ? Double.NaN : (outRet / outSample) / inBar));
            curves.add(v);
        }
        int first = windows.get(0).outFrom();
        int last = windows.get(windows.size() - 1).outTo();
        long[] times = java.util.Arrays.copyOfRange(master.datetime().array(), first, last);
        double[] equity = new double[last - first];
        double level = cash;
        int k = 0;
        for (double[] v : curves) {
            for (double x : v) {
                equity[k++] = level * x / cash;
            }
            level = equity[k - 1];
        }
        double outPerBar = (equity[equity.length - 1] / cash - 1) / equity.length;
        inPerBar /= windows.size();
        return new Result(windows, times, equity, inPerBar == 0 ? Double.NaN : outPerBar / inPerBar);
    }

    /** The in-sample winner; a grid where every combination fails or lacks the metric is an error. */
    private OptResult optimise(DataFeed in) throws InterruptedException {
        Optimizer opt = new Optimizer().strategy(strategy).grid(grid).runonce(runonce).broker(broker).threads(threads);
        analyzers.forEach(opt::analyzer);
        opt.data(in);
        List<OptResult> all = new ArrayList<>();
        opt.run(all::add, Progress.NONE);
        OptResult best = null;
        for (OptResult r : all) {
            double m = metricOf(r);
            if (Double.isNaN(m)) {
                continue;
            }
            double b = best == null ? Double.NaN : metricOf(best);
            if (best == null || (minimize ? m < b : m > b) || (m == b && r.index() < best.index())) {
                best = r;
            }
        }
        if (best == null) {
            String why = all.stream().filter(OptResult::failed).map(OptResult::error).findFirst()
                .orElse("no combination has the metric '" + metric + "'");
            throw new BadInputException("--metric " + metric + ": no winner in sample: " + why);
        }
        return best;
    }

    /** The metric of one result, NaN when failed or absent. */
    double metricOf(OptResult r) {
        if (r.failed()) {
            return Double.NaN;
        }
        if (metric.equals("value")) {
            return r.value();
        }
        String[] path = metric.split("\\.");
        Object o = r.analyses().get(path[0]);
        for (int i = 1; i < path.length && o instanceof Map<?, ?> m; i++) {
            o = m.get(path[i]);
        }
        return o instanceof Number num ? num.doubleValue() : Double.NaN;
    }
}
