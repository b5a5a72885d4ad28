package org.bt4j.bench.feed.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.gen.BarGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark-data generator: 1M one-minute bars drawn (five SplitMix64 draws per bar) into a
 * sink, and written as CSV text to a discarding stream (formatting cost without disk). Scores
 * are bars per second. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BarGeneratorBenchmark {

    static final int BARS = 1_000_000;

    private final BarGenerator generator =
        BarGenerator.minute(BenchData.SEED, BenchData.START_CENTS, LocalDate.of(2000, 1, 3), BARS);

    /** Draw the bars only. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public void generate(Blackhole bh) throws IOException {
        generator.generate((time, open, high, low, close, volume) -> bh.consume(close));
    }

    /** Draw and format the CSV text. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public void writeCsv() throws IOException {
        generator.write(OutputStream.nullOutputStream());
    }
}
