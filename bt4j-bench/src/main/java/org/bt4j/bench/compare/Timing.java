package org.bt4j.bench.compare;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.bt4j.bench.JvmMeter;

/**
 * Wall-clock timing of a repeated piece of work: runs it {@code reps} times back to back and
 * keeps every duration and the last result. The best repetition is the figure the harness
 * reports (the first ones include JIT compilation); the median shows the spread on a shared
 * machine. Not thread-safe; one instance per measurement.
 *
 * @param <T> the result of one repetition
 */
public final class Timing<T> {

    private final long[] nanos;
    private final long[] cpuNanos;
    private final T last;

    private Timing(long[] nanos, long[] cpuNanos, T last) {
        this.nanos = nanos;
        this.cpuNanos = cpuNanos;
        this.last = last;
    }

    /** Runs {@code work} {@code reps} times (at least once) and times each run. */
    public static <T> Timing<T> of(int reps, Supplier<T> work) {
        return of(reps, () -> null, ignored -> work.get());
    }

    /**
     * Runs {@code work} {@code reps} times, each on a fresh input made by {@code setup} outside
     * the clock (for example a feed that a run consumes).
     */
    public static <S, T> Timing<T> of(int reps, Supplier<S> setup, Function<S, T> work) {
        return of(reps, setup, work, System::nanoTime);
    }

    /** {@link #of(int, Supplier, Function)} timed on {@code nanoTime} (a test's own ticker). */
    static <S, T> Timing<T> of(int reps, Supplier<S> setup, Function<S, T> work, LongSupplier nanoTime) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be >= 1, got " + reps);
        }
        long[] ns = new long[reps];
        long[] cpu = new long[reps];
        T result = null;
        for (int i = 0; i < reps; i++) {
            S input = setup.get();
            long c0 = JvmMeter.cpuNanos();
            long t0 = nanoTime.getAsLong();
            result = work.apply(input);
            ns[i] = nanoTime.getAsLong() - t0;
            cpu[i] = c0 < 0 ? -1 : JvmMeter.cpuNanos() - c0;
        }
        return new Timing<>(ns, cpu, result);
    }

    /** The result of the last repetition. */
    public T result() {
        return last;
    }

    /** The fastest repetition, seconds. */
    public double bestSeconds() {
        return Arrays.stream(nanos).min().getAsLong() / 1e9;
    }

    /**
     * The CPU time the process used per repetition, seconds: the mean over the repetitions after the
     * first (the first alone when there is one), as {@link JvmMeter} reads it, every thread's (work an
     * engine hands to other threads, and the collector's, counts); on a shared machine it excludes
     * the time other processes held the cores. A mean, not the best: the process's CPU clock ticks
     * in 10 ms steps on Linux, so one repetition's reading is exact only to 10 ms, but the steps'
     * errors average out. NaN when the platform cannot measure process CPU time.
     */
    public double meanCpuSeconds() {
        int from = cpuNanos.length > 1 ? 1 : 0;
        long sum = 0;
        for (int i = from; i < cpuNanos.length; i++) {
            if (cpuNanos[i] < 0) {
                return Double.NaN;
            }
            sum += cpuNanos[i];
        }
        return sum / 1e9 / (cpuNanos.length - from);
    }

    /** The median repetition (upper median for an even count), seconds. */
    public double medianSeconds() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }
}
