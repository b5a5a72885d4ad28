package org.bt4j.gateway.clock;

import java.time.Instant;
import org.bt4j.time.SimulatedClock;

/**
 * The gateway's former virtual clock, now simply bt4j-core's {@link SimulatedClock} (which the
 * gateway and the IB client both understand, so one clock can drive both in a test). Kept so that
 * existing callers of {@code ManualClock.at(...)} and {@code onAdvance} still compile; new code
 * should use {@link SimulatedClock} directly. Thread-safe.
 *
 * @deprecated use {@link SimulatedClock}
 */
@Deprecated
public final class ManualClock extends SimulatedClock {

    private ManualClock(long nanos) {
        super(nanos);
    }

    /** A clock standing at {@code start}. */
    public static ManualClock at(Instant start) {
        return new ManualClock(Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L), start.getNano()));
    }

    /** A clock standing at an ISO instant such as {@code 2024-01-05T14:30:00Z}. */
    public static ManualClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    /** Same as {@link #addListener}. */
    public void onAdvance(Runnable listener) {
        addListener(listener);
    }
}
