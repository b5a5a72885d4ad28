package org.bt4j.bench.engine;

import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.Bt4jSmaCross;
import org.bt4j.bench.compare.FusedSmaCross;
import org.bt4j.bench.compare.SmaCrossResult;
import org.bt4j.bench.ColumnsFeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * The engine loop on the reference strategy BT-SMACROSS-10-30 over 1M one-minute bars already in
 * memory (loading excluded): bt4j's {@code Cerebro} with the simulated broker in runonce, bar by
 * bar and {@code exactbars=1}, with and without the standard observers, and the fused primitive
 * loop (the floor, which ignores {@code stdstats}) for scale. Run with
 * {@code -prof gc} to see allocation per bar. Scores are bars per second. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    static final int BARS = 1_000_000;

    /** Whether backtrader's standard observers are attached (its default: true). */
    @Param({"true", "false"})
    public boolean stdstats;

    private BarColumns columns;
    private ColumnsFeed preloaded;

    /** Generates the data and preloads one feed for the preloaded modes. */
    @Setup
    public void setup() {
        columns = BenchData.columns(BARS);
        preloaded = BenchData.preloadedFeed(columns);
    }

    /** exactbars=1 consumes its feed: a fresh one per call, built outside the measurement. */
    @State(Scope.Thread)
    public static class FreshFeed {
        ColumnsFeed feed;

        /** Builds the next feed. */
        @Setup(Level.Invocation)
        public void next(EngineBenchmark bench) {
            feed = BenchData.feed(bench.columns);
        }
    }

    /** Indicators vectorised, then the strategy bar by bar. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public SmaCrossResult runonce() {
        return Bt4jSmaCross.run(preloaded, Bt4jSmaCross.Mode.RUNONCE, stdstats);
    }

    /** Everything bar by bar over preloaded data. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public SmaCrossResult barByBar() {
        return Bt4jSmaCross.run(preloaded, Bt4jSmaCross.Mode.RUNNEXT, stdstats);
    }

    /** Bar by bar, streamed, every line a small ring. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public SmaCrossResult exactbars1(FreshFeed fresh) {
        return Bt4jSmaCross.run(fresh.feed, Bt4jSmaCross.Mode.EXACTBARS, stdstats);
    }

    /** The hand-written fused loop. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public SmaCrossResult floor() {
        return FusedSmaCross.run(columns);
    }
}
