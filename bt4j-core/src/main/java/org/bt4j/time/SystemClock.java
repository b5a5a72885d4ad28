package org.bt4j.time;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * The wall clock ({@link Instant#now()}), plus an adjustable offset in nanoseconds (backtrader's
 * {@code timeoffset}: server time minus local time); waits park for real time. Thread-safe.
 */
public final class SystemClock implements Clock {

    private volatile long offsetNanos;

    /** A wall clock with no offset. */
    public SystemClock() {
    }

    /** Sets the offset added to the local time (for example the measured TWS time offset). */
    public void offsetNanos(long offsetNanos) {
        this.offsetNanos = offsetNanos;
    }

    /** The offset in nanoseconds. */
    public long offsetNanos() {
        return offsetNanos;
    }

    @Override
    public long nanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * EpochNanos.SECOND + now.getNano() + offsetNanos;
    }

    /** Parks for the real time left until {@code deadlineNanos} (forever for {@link Long#MAX_VALUE}). */
    @Override
    public void parkUntil(long deadlineNanos) {
        if (deadlineNanos == Long.MAX_VALUE) {
            LockSupport.park(this);
            return;
        }
        long left = deadlineNanos - nanos();
        if (left > 0) {
            LockSupport.parkNanos(this, left);
        }
    }
}
