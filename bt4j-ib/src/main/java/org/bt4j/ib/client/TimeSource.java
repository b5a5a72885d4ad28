package org.bt4j.ib.client;

import org.bt4j.time.Clock;
import org.bt4j.time.SystemClock;

/**
 * The IB client's former clock type, now simply bt4j-core's {@link Clock} (wall clock:
 * {@link SystemClock}; tests: {@link org.bt4j.time.SimulatedClock}, which can be shared with an
 * in-process gateway). Kept so that existing callers still compile; new code should use
 * {@link Clock}.
 *
 * <p>Threading: implementations must be safe to call from any thread.
 *
 * @deprecated use {@link Clock}
 */
@Deprecated
@FunctionalInterface
public interface TimeSource extends Clock {

    /** The wall clock. */
    TimeSource SYSTEM = new SystemClock()::nanos;
}
