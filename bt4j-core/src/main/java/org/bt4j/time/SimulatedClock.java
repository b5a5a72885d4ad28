package org.bt4j.time;

/**
 * A clock that moves only when told to: for backtests and deterministic tests of time-driven
 * behaviour. It never goes backwards. Thread-safe (a volatile value; set and advance are atomic
 * with respect to each other).
 */
public final class SimulatedClock implements Clock {

    private volatile long now;

    /** A clock showing {@code startNanos} (UTC epoch nanoseconds). */
    public SimulatedClock(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public long nanos() {
        return now;
    }

    /** Moves the clock to {@code nanos}; refuses to go backwards. */
    public synchronized void set(long nanos) {
        if (nanos < now) {
            throw new IllegalArgumentException("a simulated clock cannot go back from " + now + " to " + nanos);
        }
        now = nanos;
    }

    /** Moves the clock forward by {@code nanos} (>= 0). */
    public synchronized void advance(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("cannot advance by a negative amount: " + nanos);
        }
        now += nanos;
    }
}
