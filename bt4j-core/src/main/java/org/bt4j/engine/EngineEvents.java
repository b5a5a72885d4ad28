package org.bt4j.engine;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one door into the engine thread: any thread (a socket reader, a timer, a UI) posts events
 * here; the engine runs them, in posting order, on its own thread between bar cycles (in live
 * runs at the latest after one {@code qcheck} interval). Posting never blocks; {@link #wakeUp()}
 * just makes a waiting engine look at its feeds again.
 *
 * <p>Threading: {@link #post}, {@link #wakeUp} are safe from any thread; {@link #drain} and
 * {@link #await} are for the engine thread only.
 */
public final class EngineEvents {

    private static final Runnable WAKE_UP = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    /** Queues {@code event} to run on the engine thread. */
    public void post(Runnable event) {
        queue.add(java.util.Objects.requireNonNull(event, "event"));
    }

    /** Makes a waiting engine re-check its feeds (for example: a live bar arrived). */
    public void wakeUp() {
        queue.add(WAKE_UP);
    }

    /** Runs every queued event now (engine thread). Returns how many real events ran. */
    public int drain() {
        int n = 0;
        Runnable r;
        while ((r = queue.poll()) != null) {
            if (r != WAKE_UP) {
                r.run();
                n++;
            }
        }
        return n;
    }

    /**
     * Waits up to {@code timeoutNanos} for something to be posted, then runs everything queued
     * (engine thread). Returns whether anything arrived.
     */
    public boolean await(long timeoutNanos) throws InterruptedException {
        Runnable r = queue.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        if (r == null) {
            return false;
        }
        if (r != WAKE_UP) {
            r.run();
        }
        drain();
        return true;
    }

    /** Whether nothing is queued. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
