package org.bt4j.bench.feed;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.BarFile;
import org.bt4j.feed.BarFileWriter;
import org.bt4j.feed.BinaryFeed;
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
 * Loading 1M one-minute bars from a bt4j bar file (the same bars as {@link CsvFeedBenchmark}'s
 * CSV, converted once and cached beside it): preloading (checksums, then one bulk copy per column
 * into the line buffers), streaming through one-bar rings straight from the mapping (the
 * {@code exactbars=1} load), and the checksum pass alone. Scores are bars per second. JMH state,
 * one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BinaryFeedBenchmark {

    static final int BARS = CsvFeedBenchmark.BARS;

    private Path bin;

    /** Converts the benchmark CSV to a bar file on first use. */
    @Setup
    public void setup() {
        bin = barFile(BARS);
    }

    /** The bar file of {@code bars} generated bars, converted from {@link BenchData#csv} on first use. */
    public static Path barFile(int bars) {
        Path csv = BenchData.csv(bars);
        String name = csv.getFileName().toString();
        Path file = csv.resolveSibling(name.substring(0, name.lastIndexOf('.')) + BarFile.EXTENSION);
        if (BarFile.isBarFile(file)) {
            try (BarFile f = BarFile.open(file)) {
                f.verify();
                if (f.barCount() == bars) {
                    return file;
                }
            } catch (RuntimeException damaged) {
                // rewritten below
            }
        }
        BarFileWriter.write(file, CsvFeeds.open(csv, TimeFrame.Minutes, 1)); // atomic: safe across processes
        return file;
    }

    /** Verify and bulk-copy every column into the feed's line buffers. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public int preload() {
        BinaryFeed f = BinaryFeed.open(bin);
        f.preload();
        return f.size();
    }

    /** Verify, then read bar by bar from the mapping into bounded rings, as exactbars=1 does. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public double stream() {
        BinaryFeed f = BinaryFeed.open(bin);
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

    /** The checksum pass alone (part of both loads above). */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public int verify() {
        try (BarFile f = BarFile.open(bin)) {
            f.verify();
            return f.barCount();
        }
    }
}
