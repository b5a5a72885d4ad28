package org.bt4j.bench.feed;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.JvmMeter;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.HeapProbe;
import org.bt4j.bench.compare.Machine;
import org.bt4j.feed.BinaryFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.TimeFrame;

/**
 * Load times of the benchmark bars (default 10M one-minute bars) from CSV and from a bt4j bar
 * file, preloaded and streamed through one-bar rings (the {@code exactbars=1} load), and
 * resampling them to 5-minute bars (from memory, and streamed from the bar file), each with
 * wall-clock and CPU rates and the peak heap. The CPU rate counts every thread of the process
 * ({@link JvmMeter}: the CSV parser runs on all cores) and not the time other processes held the
 * cores on a shared machine, which wall time also counts; both are printed with the load average
 * before and after. Usage:
 * {@code java -cp benchmarks.jar org.bt4j.bench.feed.FeedThroughput [bars] [reps]}. Main thread only.
 */
public final class FeedThroughput {


    private final PrintStream out;
    private final HeapProbe heap = new HeapProbe();

    private FeedThroughput(PrintStream out) {
        this.out = out;
    }

    /** Runs the measurements. */
    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        new FeedThroughput(System.out).run(bars, reps);
    }

    private void run(int bars, int reps) {
        out.println("machine: " + Machine.current());
        out.printf(Locale.ROOT, "load average before: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage());
        long c0 = System.nanoTime();
        Path csv = BenchData.csv(bars);
        Path bin = BinaryFeedBenchmark.barFile(bars);
        out.printf(Locale.ROOT, "data: %s (%,d MiB), %s (%,d MiB), ready in %.1f s%n", csv, size(csv), bin, size(bin),
            (System.nanoTime() - c0) / 1e9);
        // streamed loads first, while the heap is empty, so their peak shows the flat footprint
        measure("CSV streamed (exactbars=1 load)", bars, reps, () -> stream(CsvFeeds.open(csv, TimeFrame.Minutes, 1)));
        measure("bar file streamed (exactbars=1 load)", bars, reps, () -> stream(BinaryFeed.open(bin)));
        measure("resample 1m->5m, bar file streamed", bars, reps, () -> resample(BinaryFeed.open(bin)));
        resampleInMemory(bars, reps);
        measure("CSV preloaded", bars, reps, () -> preload(CsvFeeds.open(csv, TimeFrame.Minutes, 1)));
        measure("bar file preloaded", bars, reps, () -> preload(BinaryFeed.open(bin)));
        out.printf(Locale.ROOT, "load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage());
    }

    private static long size(Path p) {
        try {
            return Files.size(p) >> 20;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static long stream(DataFeed f) {
        bound(f);
        long n = 0;
        f.start();
        while (f.next()) {
            n++;
        }
        f.stop();
        return n;
    }

    /** Resampling alone: the source bars are generated into memory first (and dropped after). */
    private void resampleInMemory(int bars, int reps) {
        BarColumns columns = BenchData.columns(bars);
        measure("resample 1m->5m, in-memory source", bars, reps, () -> resample(BenchData.feed(columns)));
    }

    /** Streams {@code source} through a 5-minute resampler; returns the source bars consumed. */
    private static long resample(DataFeed source) {
        ResampledFeed r = new ResampledFeed(source, ResampleParams.resample(TimeFrame.Minutes, 5));
        bound(source);
        bound(r);
        long out = 0;
        r.start();
        while (r.next()) {
            out++;
        }
        r.stop();
        if (out == 0) {
            throw new IllegalStateException("no 5-minute bars");
        }
        return source.len();
    }

    private static void bound(DataFeed f) {
        for (int i = 0; i < f.lineCount(); i++) {
            f.buffer(i).bound(1);
        }
        f.datetime().bound(3);
    }

    private static long preload(DataFeed f) {
        f.start();
        f.preload();
        f.stop();
        return f.size();
    }

    private void measure(String name, int bars, int reps, java.util.function.LongSupplier work) {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        long peak = 0;
        for (int r = 0; r < reps; r++) {
            long before = heap.start();
            long w0 = System.nanoTime();
            long c0 = JvmMeter.cpuNanos();
            long n = work.getAsLong();
            cpu[r] = (JvmMeter.cpuNanos() - c0) / 1e9;
            wall[r] = (System.nanoTime() - w0) / 1e9;
            peak = Math.max(peak, heap.peakMib() - before);
            if (n != bars) {
                throw new IllegalStateException(name + ": loaded " + n + " bars, expected " + bars);
            }
        }
        Arrays.sort(wall);
        // the process's CPU clock ticks in 10 ms steps: the mean after the first repetition, whose
        // steps' errors average out, instead of the best
        double cpuMean = reps > 1 ? (Arrays.stream(cpu).sum() - cpu[0]) / (reps - 1) : cpu[0];
        out.printf(Locale.ROOT, "%-38s wall best %6.3f s (%6.2f M bars/s) median %6.3f s | cpu mean %6.3f s"
                + " (%6.2f M bars/s) | heap peak above start %,d MiB%n", name, wall[0], bars / wall[0] / 1e6,
            wall[reps / 2], cpuMean, bars / cpuMean / 1e6, peak);
    }
}
