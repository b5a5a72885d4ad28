package org.bt4j.bench.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Wall-clock timing of a repeated piece of work: runs it {@code reps} times back to back and
 * keeps every duration and the last result. The best repetition is the figure the harness
 * reports (the first ones include JIT compilation); the median shows the spread on a shared
 * machine. Not thread-safe; one instance per measurement.
 *
 * @param <T> the result of one repetition
 */
public final class Timing<T> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
            long c0 = cpuNow();
            long t0 = nanoTime.getAsLong();
            result = work.apply(input);
            ns[i] = nanoTime.getAsLong() - t0;
            cpu[i] = cpuNow() - c0;
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
     * The CPU time the measuring thread used in its fastest repetition by CPU time, seconds: on a
     * shared machine this excludes the time other processes held the core (it still includes GC
     * pauses only when the measuring thread itself waits, not GC threads' work). NaN when the JVM
     * cannot measure thread CPU time.
     */
    public double bestCpuSeconds() {
        long best = Arrays.stream(cpuNanos).min().getAsLong();
        return best < 0 ? Double.NaN : best / 1e9;
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** The median repetition (upper median for an even count), seconds. */
    public double medianSeconds() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }
}
