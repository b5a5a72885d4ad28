package org.bt4j.ib.data;

/**
 * Splits a historical span into requests IB accepts, walking forward in time (backtrader's
 * algorithm): with no begin, one request of the longest duration; otherwise the shortest
 * duration that reaches the end, or the longest one and the rest afterwards. Request ends are
 * rounded up to whole seconds. Pacing is not decided here: the client's governor queues the
 * requests. Engine thread only (mutable cursor).
 */
public final class HistoricalChunks {

    /** Marker for "no begin": as much as one request allows. */
    public static final long NO_BEGIN = Long.MIN_VALUE;

    private static final long NS = 1_000_000_000L;

    private final IbBarSize size;
    private final long end;
    private long begin;
    private boolean done;

    /**
     * @param beginNanos start of the span ({@link #NO_BEGIN} for none), UTC epoch nanoseconds
     * @param endNanos   end of the span
     */
    public HistoricalChunks(IbBarSize size, long beginNanos, long endNanos) {
        if (beginNanos != NO_BEGIN && beginNanos > endNanos) {
            throw new IllegalArgumentException("historical span begins after it ends: " + beginNanos + " > " + endNanos);
        }
        this.size = size;
        this.begin = beginNanos;
        this.end = ceilSecond(endNanos);
    }

    private static long ceilSecond(long nanos) {
        return Math.floorDiv(nanos + NS - 1, NS) * NS;
    }

    /** Whether every request has been handed out. */
    public boolean isDone() {
        return done || (begin != NO_BEGIN && begin >= end);
    }

    /** The next request, or null when the span is covered. */
    public HistoricalRequest next() {
        if (isDone()) {
            return null;
        }
        long max = size.maxDurationSeconds();
        if (begin == NO_BEGIN) {
            done = true;
            return new HistoricalRequest(size, end, size.duration(max));
        }
        long remaining = (end - begin + NS - 1) / NS;
        if (remaining <= max) {
            done = true;
            return new HistoricalRequest(size, end, size.duration(remaining));
        }
        long chunkEnd = begin + max * NS;
        begin = chunkEnd;
        return new HistoricalRequest(size, chunkEnd, size.duration(max));
    }

    /** The bar size of every request. */
    public IbBarSize barSize() {
        return size;
    }
}
