package org.bt4j.opt;

/**
 * Told how an optimisation advances; called after each result, one call at a time (from worker
 * threads). Implementations should be cheap (e.g. throttle their own output).
 */
@FunctionalInterface
public interface Progress {

    /** No progress reporting. */
    Progress NONE = (done, total, failed, elapsedNanos) -> { };

    /**
     * @param done         combinations finished so far
     * @param total        combinations in the grid
     * @param failed       how many of those failed
     * @param elapsedNanos time since the sweep started
     */
    void update(long done, long total, long failed, long elapsedNanos);
}
