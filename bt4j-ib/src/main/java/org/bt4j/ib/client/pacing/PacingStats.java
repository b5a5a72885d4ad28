package org.bt4j.ib.client.pacing;

/**
 * What pacing has cost so far: messages passed, how many of them were historical-family requests
 * (historical bars, real-time bars; a re-sent request counts again), how many had to wait, the
 * total and longest wait, and how many pacing violations (error 162) came back anyway and were
 * retried.
 *
 * <p>Threading: immutable snapshot.
 */
public record PacingStats(long messages, long historical, long delayed, long totalWaitNanos, long maxWaitNanos,
                          long violations) {

    /**
     * @return one line for logs, e.g.
     *     {@code 200 messages (180 historical), 140 waited 612.3 s in total (max 540.0 s), 0 violations}
     */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d messages (%d historical), %d waited %.1f s in total (max %.1f s), %d violations",
                messages, historical, delayed, totalWaitNanos / 1e9, maxWaitNanos / 1e9, violations);
    }
}
