package org.bt4j.bench.opt;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.strategy.builtin.SmaCross;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Optimisation throughput: a 20 x 20 grid of smacross (fast 1..20, slow 21..40) over the
 * benchmark's generated one-minute bars, preloaded once and shared by every run, on one worker
 * and on every core. Scores are runs per second ({@code 400} runs per invocation); results go to
 * a black hole, so only the sweep itself is measured. JMH state, one benchmark thread (the
 * optimiser's own pool does the work).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class OptimizerBenchmark {

    static final int RUNS = 400;

    /** Bars per run. */
    @Param({"10000"})
    public int bars;

    /** Worker threads; 0 means every core. */
    @Param({"1", "0"})
    public int threads;

    private Optimizer optimizer;

    /** Generates and preloads the data once; builds the grid. */
    @Setup
    public void setup() {
        optimizer = new Optimizer().data(BenchData.feed(BenchData.columns(bars))).strategy(SmaCross.class)
                .grid(ParamGrid.parse(List.of("fast=1:20", "slow=21:40")));
        if (threads > 0) {
            optimizer.threads(threads);
        }
    }

    /** One sweep of the 400 combinations. */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public void sweep(Blackhole bh) throws InterruptedException {
        Optimizer.Summary s = optimizer.run(r -> bh.consume(r.value()), Progress.NONE);
        if (s.runs() != RUNS || s.failed() != 0) {
            throw new IllegalStateException("sweep incomplete: " + s);
        }
    }
}
