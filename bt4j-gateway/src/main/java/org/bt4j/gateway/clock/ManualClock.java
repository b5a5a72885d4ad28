package org.bt4j.gateway.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A virtual clock for tests: time stands still until {@link #advance} or {@link #set} moves it.
 * Thread-safe (the time is volatile; listeners run on the thread that moves the clock).
 */
public final class ManualClock implements GatewayClock {

    private volatile long nanos;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private ManualClock(long nanos) {
        this.nanos = nanos;
    }

    /** A clock standing at {@code start}. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    }

    /** A clock standing at an ISO instant such as {@code 2024-01-05T14:30:00Z}. */
    public static ManualClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long realWaitNanos(long dueNanos) {
        return dueNanos <= nanos ? 0 : Long.MAX_VALUE;
    }

    @Override
    public void onAdvance(Runnable listener) {
        listeners.add(listener);
    }

    /** Moves time forward by {@code d} (which must not be negative) and wakes listeners. */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("cannot move a clock backwards: " + d);
        }
        set(nanos + d.toNanos());
    }

    /** Moves time to {@code newNanos} (not before the current time) and wakes listeners. */
    public void set(long newNanos) {
        if (newNanos < nanos) {
            throw new IllegalArgumentException("cannot move a clock backwards to " + newNanos);
        }
        nanos = newNanos;
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
