package org.bt4j.bench.feed;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
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
 * CSV loading of 1M one-minute bars (GenericCSV layout, 56 MiB): preloading into unbounded
 * line buffers (the runonce/bar-by-bar load) and streaming through one-bar rings (the
 * {@code exactbars=1} load). Scores are bars per second. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvFeedBenchmark {

    static final int BARS = 1_000_000;

    private Path csv;

    /** Writes (or finds) the data file. */
    @Setup
    public void setup() {
        csv = BenchData.csv(BARS);
    }

    private CsvFeed open() {
        return CsvFeeds.open(csv, TimeFrame.Minutes, 1);
    }

    /** Parse every row into the feed's arrays. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public int preload() {
        CsvFeed f = open();
        f.preload();
        return f.size();
    }

    /** Parse row by row into bounded rings, as exactbars=1 does. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double stream() {
        CsvFeed f = open();
        for (int i = 0; i < f.lineCount(); i++) {
            f.buffer(i).bound(1);
        }
        f.datetime().bound(3);
        double sum = 0;
        f.start();
        while (f.next()) {
            sum += f.close().get(0);
        }
        f.stop();
        return sum;
    }
}
