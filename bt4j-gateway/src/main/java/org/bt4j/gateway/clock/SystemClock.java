package org.bt4j.gateway.clock;

import java.time.Instant;

/** The wall clock, with nanosecond arithmetic on {@link Instant}. Stateless and thread-safe. */
final class SystemClock implements GatewayClock {

    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public long realWaitNanos(long dueNanos) {
        return Math.max(0, dueNanos - nanos());
    }

    @Override
    public void onAdvance(Runnable listener) {
        // time passes by itself; nobody needs waking
    }
}
