package org.bt4j.feed;

/**
 * A feed whose bars arrive over time (live data, or a resampler over it). For such a feed
 * {@link DataFeed#next()} returning false means "nothing right now" unless {@link #isFinished()};
 * the engine then waits up to its check interval (backtrader's {@code qcheck}) and calls
 * {@link #check(long)} so that resamplers can close bars on the clock. Engine thread only, except
 * where an implementation says otherwise.
 */
public interface LiveFeed {

    /** Whether no more bars will ever come. */
    boolean isFinished();

    /**
     * Wall-clock check: given the current time (UTC epoch nanoseconds, including any broker time
     * offset), deliver whatever is due. The default does nothing.
     */
    default void check(long nowUtcNanos) {
    }

    /**
     * Waits up to {@code timeoutNanos} for data to become loadable; true if {@link DataFeed#next()}
     * may now produce a bar. The default returns immediately.
     */
    default boolean await(long timeoutNanos) throws InterruptedException {
        return false;
    }
}
