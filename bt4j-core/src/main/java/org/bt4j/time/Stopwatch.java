package org.bt4j.time;

/**
 * Elapsed real time for measurements (a run's duration), on the JVM's monotonic timer. Never engine
 * time: the engine reads its injected {@link Clock}. Thread-safe: its start is final, so any thread
 * may read the elapsed time.
 */
public final class Stopwatch {

    private final long start = System.nanoTime();

    private Stopwatch() {
    }

    /** A stopwatch started now. */
    public static Stopwatch start() {
        return new Stopwatch();
    }

    /** Nanoseconds since {@link #start()}. */
    public long elapsedNanos() {
        return System.nanoTime() - start;
    }
}
