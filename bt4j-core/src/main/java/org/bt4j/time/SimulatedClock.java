package org.bt4j.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A clock that moves only when told to: for backtests and deterministic tests of time-driven
 * behaviour. It never goes backwards. Components that wait for a time on this clock (the simulated
 * gateway's scheduler, the IB client's pacing) register a listener to be woken when it moves, so
 * one clock can drive a gateway and a client in the same test. Thread-safe (a volatile value; set
 * and advance are atomic with respect to each other; listeners run on the thread that moved the
 * clock, after the move; threads {@link #parkUntil parked} on it are unparked by every move). Not final only so that the gateway's deprecated {@code ManualClock} can
 * extend it.
 */
public class SimulatedClock implements Clock {

    private volatile long now;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Set<Thread> parked = ConcurrentHashMap.newKeySet();

    /** A clock showing {@code startNanos} (UTC epoch nanoseconds). */
    public SimulatedClock(long startNanos) {
        this.now = startNanos;
    }

    /** A clock showing {@code start}. */
    public static SimulatedClock at(Instant start) {
        return new SimulatedClock(Math.addExact(Math.multiplyExact(start.getEpochSecond(), EpochNanos.SECOND), start.getNano()));
    }

    /** A clock showing an ISO instant such as {@code 2024-01-05T14:30:00Z}. */
    public static SimulatedClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    @Override
    public final long nanos() {
        return now;
    }

    /** Moves the clock to {@code nanos}; refuses to go backwards. */
    public final void set(long nanos) {
        synchronized (this) {
            if (nanos < now) {
                throw new IllegalArgumentException("a simulated clock cannot go back from " + now + " to " + nanos);
            }
            now = nanos;
        }
        fire();
    }

    /** Moves the clock forward by {@code nanos} (>= 0). */
    public final void advance(long nanos) {
        synchronized (this) {
            if (nanos < 0) {
                throw new IllegalArgumentException("cannot advance by a negative amount: " + nanos);
            }
            now += nanos;
        }
        fire();
    }

    /** Moves the clock forward by {@code d} (not negative). */
    public final void advance(Duration d) {
        advance(d.toNanos());
    }

    /** Registers {@code listener}, run after every move of this clock (on the moving thread). */
    public final void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public final void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Parks until this clock is moved to {@code deadlineNanos} or later (by another thread), or
     * the thread is unparked. Every move unparks the parked threads, which re-check.
     */
    @Override
    public void parkUntil(long deadlineNanos) {
        Thread me = Thread.currentThread();
        parked.add(me);
        try {
            if (now < deadlineNanos) {
                LockSupport.park(this);
            }
        } finally {
            parked.remove(me);
        }
    }

    private void fire() {
        for (Thread t : parked) {
            LockSupport.unpark(t);
        }
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
