package org.bt4j.gateway.clock;

/**
 * The gateway's source of time, in UTC epoch nanoseconds. The wall clock runs by itself; a
 * {@link ManualClock} only moves when a test advances it, so a whole trading day can be simulated
 * in milliseconds. Implementations are thread-safe: any thread may read the time.
 */
public interface GatewayClock {

    /** Current time, UTC epoch nanoseconds. */
    long nanos();

    /**
     * How long (real nanoseconds) a thread should sleep to reach {@code dueNanos}; {@code
     * Long.MAX_VALUE} when time does not pass by itself and the due time is still ahead, 0 when due.
     */
    long realWaitNanos(long dueNanos);

    /**
     * Registers a callback run (on the advancing thread) after every manual jump of time, so a
     * waiting scheduler can wake up. The wall clock never calls it.
     */
    void onAdvance(Runnable listener);

    /** The wall clock. */
    static GatewayClock system() {
        return SystemClock.INSTANCE;
    }
}
