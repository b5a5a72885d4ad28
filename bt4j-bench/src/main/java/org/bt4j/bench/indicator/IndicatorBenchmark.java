package org.bt4j.bench.indicator;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.AverageTrueRange;
import org.bt4j.indicator.BollingerBands;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.ExponentialMovingAverage;
import org.bt4j.indicator.MACD;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.indicator.RelativeStrengthIndex;
import org.bt4j.indicator.Stochastic;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The common indicators over 1M one-minute bars, with backtrader's default parameters, in both
 * run modes:
 * <ul>
 *   <li>{@code vectorised}: {@code runOnce} over the preloaded arrays (backtrader's
 *       {@code runonce=True}); the indicator objects and their output arrays are reused, so the
 *       score is pure computation;</li>
 *   <li>{@code incremental}: the feed's cursor advances one bar at a time and every indicator
 *       {@code step()}s into bounded rings, as in {@code exactbars=1} and live trading.</li>
 * </ul>
 * {@code CrossOver} is the reference strategy's graph: SMA(10), SMA(30) and their CrossOver
 * (with its NonZeroDifference). Scores are bars per second. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IndicatorBenchmark {

    static final int BARS = 1_000_000;

    /** The indicator under test. */
    @Param({"SMA", "EMA", "RSI", "MACD", "BollingerBands", "ATR", "Stochastic", "CrossOver"})
    public String indicator;

    private DataFeed feed;
    private Indicator[] once;
    private Indicator[] incremental;

    /** Builds the feed and two independent copies of the indicator graph. */
    @Setup
    public void setup() {
        feed = BenchData.preloadedFeed(BenchData.columns(BARS));
        Function<DataFeed, Object> factory = factory(indicator);
        once = graph(factory);
        incremental = graph(factory);
        for (Indicator ind : incremental) {
            for (LineBuffer b : ind.buffers()) {
                b.bound(1);
            }
        }
    }

    private Indicator[] graph(Function<DataFeed, Object> factory) {
        try (LineContext ctx = LineContext.open()) {
            factory.apply(feed);
            List<Indicator> list = ctx.indicators();
            return list.toArray(new Indicator[0]);
        }
    }

    static Function<DataFeed, Object> factory(String name) {
        switch (name) {
            case "SMA":
                return d -> new MovingAverageSimple(d.close(), 30);
            case "EMA":
                return d -> new ExponentialMovingAverage(d.close(), 30);
            case "RSI":
                return d -> new RelativeStrengthIndex(d.close());
            case "MACD":
                return d -> new MACD(d.close());
            case "BollingerBands":
                return d -> new BollingerBands(d.close());
            case "ATR":
                return AverageTrueRange::new;
            case "Stochastic":
                return Stochastic::new;
            case "CrossOver":
                return d -> new CrossOver(new MovingAverageSimple(d.close(), 10).line(0),
                    new MovingAverageSimple(d.close(), 30).line(0));
            default:
                throw new IllegalArgumentException("unknown indicator " + name);
        }
    }

    /** Whole arrays at once. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double vectorised() {
        int n = feed.size();
        for (Indicator ind : once) {
            ind.runOnce(n);
        }
        Indicator last = once[once.length - 1];
        return last.buffers()[0].array()[n - 1];
    }

    /** Bar by bar into rings. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double incremental() {
        Indicator[] inds = incremental;
        for (Indicator ind : inds) {
            for (LineBuffer b : ind.buffers()) {
                b.reset();
            }
        }
        DataFeed d = feed;
        d.home();
        int n = d.size();
        for (int i = 0; i < n; i++) {
            d.advance();
            for (Indicator ind : inds) {
                ind.step();
            }
        }
        return inds[inds.length - 1].get(0);
    }
}
