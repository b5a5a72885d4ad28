package org.bt4j.feed;

import org.bt4j.loop.EngineLoop;

/**
 * A feed whose bars arrive over time (live data, or a resampler over it). For such a feed
 * {@link DataFeed#next()} returning false means "nothing right now" unless {@link #isFinished()}.
 * The engine loop then parks until something arrives (an event for the feed's source, offered to
 * the loop it was {@link #attach attached} to) or until the feed's {@link #nextCheckNanos next clock
 * check} is due, and calls {@link #check(long)} on every turn so that bars can be closed on the clock.
 * Engine thread only, except where an implementation says otherwise.
 */
public interface LiveFeed {

    /** Whether no more bars will ever come. */
    boolean isFinished();

    /**
     * Clock check: given the current time (the engine clock's reading, UTC epoch nanoseconds),
     * deliver whatever is due. The default does nothing.
     */
    default void check(long nowUtcNanos) {
    }

    /**
     * When {@link #check} next has something to do on its own (a bar to close on the clock, a
     * request to time out), given the engine clock's reading {@code nowUtcNanos} and the engine's
     * check interval (backtrader's {@code qcheck}, for feeds that can only poll); Long.MAX_VALUE
     * when only an arrival can change anything (the default).
     */
    default long nextCheckNanos(long nowUtcNanos, long qcheckNanos) {
        return Long.MAX_VALUE;
    }

    /**
     * The run's engine loop, given by the engine before a live run (engine thread): a feed whose data
     * comes from other threads offers it to the loop from then on, so that a parked engine wakes for
     * it and a recorded session holds it. The default does nothing (the feed's data comes through
     * the loop already, as a store's events).
     */
    default void attach(EngineLoop loop) {
    }
}
