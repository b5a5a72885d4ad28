package org.bt4j.time;

import java.util.concurrent.locks.LockSupport;

/**
 * The current time as UTC epoch nanoseconds, and the only way a bt4j thread waits for a time.
 * Backtests and tests use {@link SimulatedClock}; live runs use {@link SystemClock} (optionally
 * corrected by a broker time offset). Implementations say whether they are thread-safe.
 *
 * <p>Waiting: {@link #parkUntil} parks the calling thread until this clock reads a deadline or the
 * thread is unparked ({@link LockSupport#unpark}), whichever comes first; a wall clock parks for
 * real time, a simulated clock until someone moves it. No class outside the clock implementations
 * sleeps or reads the wall clock.
 */
@FunctionalInterface
public interface Clock {

    /** Now, UTC epoch nanoseconds. */
    long nanos();

    /**
     * Parks the calling thread until this clock reads {@code deadlineNanos} or later, or until the
     * thread is unparked; may also return early (spurious wake-up), so callers re-check their
     * condition. {@link Long#MAX_VALUE} waits for an unpark only. The default, for clocks of unknown
     * speed (a lambda), parks in steps of at most 10 ms of real time.
     */
    default void parkUntil(long deadlineNanos) {
        long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - nanos();
        if (left > 0) {
            LockSupport.parkNanos(this, Math.min(left, 10_000_000L));
        }
    }

    /**
     * Whether {@code deadlineNanos} has come for the calling thread: this clock reads it (a
     * {@link VirtualClock} also waits for the thread's turn among those due at the same instant).
     */
    default boolean reached(long deadlineNanos) {
        return nanos() >= deadlineNanos;
    }

    /**
     * The calling thread takes part in virtual time: while it runs, a {@link VirtualClock} does not
     * move; it waits only through {@link #parkUntil}. The default does nothing.
     */
    default void join() {
    }

    /** The calling thread stops taking part in virtual time (it ends). The default does nothing. */
    default void leave() {
    }

    /**
     * Counted work begins that may create events at the current time (an event queued for a
     * thread, a reconnect): a {@link VirtualClock} does not move until it is {@link #release}d.
     * The default does nothing.
     */
    default void hold() {
    }

    /** Counted work begun with {@link #hold()} is done. The default does nothing. */
    default void release() {
    }

    /** A frame was queued for writing on {@code channel} (a connection's name); see {@link #received}. */
    default void sent(Object channel) {
    }

    /** A frame read from {@code channel} has been handed on (its consequences are counted by then). */
    default void received(Object channel) {
    }

    /** The reader of {@code channel} ended: frames still counted in flight on it are forgotten. */
    default void closed(Object channel) {
    }

    /** Waits until this clock reads {@code deadlineNanos} or later (interrupt: returns at once). */
    default void sleepUntil(long deadlineNanos) {
        while (!reached(deadlineNanos) && !Thread.currentThread().isInterrupted()) {
            parkUntil(deadlineNanos);
        }
    }
}
