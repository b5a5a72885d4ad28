package org.bt4j.bench.resample;

import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.feed.DataFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.TimeFrame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resampling one-minute bars to 5-minute bars (backtrader's defaults: bar2edge, adjbartime,
 * rightedge) over 10M source bars held in memory, streamed through bounded rings so only the
 * resampler's own work is measured. Scores are source bars per second. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResampleBenchmark {

    static final int BARS = 10_000_000;

    private BarColumns columns;

    /** Generates the source bars. */
    @Setup
    public void setup() {
        columns = BenchData.columns(BARS);
    }

    /** Minute to 5-minute; returns the number of 5-minute bars delivered. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public int minuteTo5Minutes() {
        ColumnsFeed source = BenchData.feed(columns);
        ResampledFeed feed = new ResampledFeed(source, ResampleParams.resample(TimeFrame.Minutes, 5));
        bound(source);
        bound(feed);
        int bars = 0;
        feed.start();
        while (feed.next()) {
            bars++;
        }
        feed.stop();
        return bars;
    }

    private static void bound(DataFeed f) {
        for (int i = 0; i < f.lineCount(); i++) {
            f.buffer(i).bound(1);
        }
        f.datetime().bound(3);
    }
}
