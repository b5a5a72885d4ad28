package org.bt4j.time;

/**
 * The current time as UTC epoch nanoseconds. Backtests and tests use {@link SimulatedClock}; live
 * runs use {@link SystemClock} (optionally corrected by a broker time offset). Implementations say
 * whether they are thread-safe.
 */
@FunctionalInterface
public interface Clock {

    /** Now, UTC epoch nanoseconds. */
    long nanos();
}
