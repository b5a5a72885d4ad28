package org.bt4j.ib.client.pacing;

/**
 * IB's pacing limits as numbers: overall messages per second; historical requests per window;
 * minimum gap between identical historical requests; historical requests per contract per short
 * window; and a safety margin added to every computed wait so that a request never lands exactly
 * on a window edge. {@link #IB} are IB's documented defaults (60 per 10 minutes, no identical
 * request within 15 s, fewer than six per contract+exchange+whatToShow within 2 s — so at most
 * five — and 50 messages per second).
 *
 * <p>Threading: immutable.
 */
public record PacingRules(int messagesPerSecond, int historicalPerWindow, long historicalWindowNanos,
                          long identicalGapNanos, int perContractLimit, long perContractWindowNanos,
                          long marginNanos) {

    private static final long SECOND = 1_000_000_000L;

    /** IB's documented limits with a 20 ms margin. */
    public static final PacingRules IB = new PacingRules(50, 60, 600 * SECOND, 15 * SECOND, 5, 2 * SECOND,
            20_000_000L);

    /** Checks every limit is positive. */
    public PacingRules {
        if (messagesPerSecond <= 0 || historicalPerWindow <= 0 || perContractLimit <= 0 || historicalWindowNanos <= 0
                || perContractWindowNanos <= 0 || identicalGapNanos < 0 || marginNanos < 0) {
            throw new IllegalArgumentException("pacing limits must be positive: " + this);
        }
    }
}
