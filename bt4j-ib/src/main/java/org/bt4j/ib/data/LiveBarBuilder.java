package org.bt4j.ib.data;

/**
 * Builds the bars an IB feed delivers from samples — ticks, 5-second real-time bars and
 * historical bars, each an interval {@code [start, end)} (a tick has start = end) — so that
 * backfilled and live parts of one series are cut and stamped the same way: every bar is stamped
 * at its end, and a bar equals the bar IB would report for the same interval. Without buckets
 * (a Ticks feed) each sample is delivered as it comes, stamped at its end.
 *
 * <p>De-duplication by time: a sample whose bar ends at or before the last delivered bar is
 * dropped (ticks: only strictly older ones), unless {@code latethrough}, which folds late samples
 * into the bar in progress. Bars are closed by a later sample or on the clock
 * ({@link #closeUpTo}). Engine thread only; no allocation per sample.
 */
public final class LiveBarBuilder {

    /** Receives finished bars (engine thread). */
    public interface Sink {
        /** A finished bar stamped at its end, UTC epoch nanoseconds. */
        void bar(long end, double open, double high, double low, double close, double volume, double openInterest);
    }

    /** No bar delivered yet. */
    public static final long NONE = Long.MIN_VALUE;

    private final BarBuckets buckets;
    private final boolean latethrough;
    private final Sink sink;

    private long lastEnd = NONE;
    private boolean open;
    private long curEnd;
    private double o;
    private double h;
    private double l;
    private double c;
    private double v;

    /** @param buckets the bar size, or null to deliver every sample as it comes (ticks) */
    public LiveBarBuilder(BarBuckets buckets, boolean latethrough, Sink sink) {
        this.buckets = buckets;
        this.latethrough = latethrough;
        this.sink = sink;
    }

    /**
     * Adds one sample {@code [start, end)}. Returns false when it was dropped as a duplicate or
     * as late.
     */
    public boolean add(long start, long end, double open, double high, double low, double close, double volume) {
        if (buckets == null) {
            boolean isBar = end > start;
            if (lastEnd != NONE && (isBar ? end <= lastEnd : end < lastEnd) && !(latethrough && end < lastEnd)) {
                return false;
            }
            lastEnd = Math.max(lastEnd, end);
            sink.bar(end, open, high, low, close, volume, 0.0);
            return true;
        }
        long e = buckets.endOf(start);
        if (lastEnd != NONE && e <= lastEnd) {
            if (latethrough && this.open) {
                merge(high, low, close, volume);
                return true;
            }
            return false;
        }
        if (this.open && e != curEnd) {
            if (e < curEnd) {
                if (!latethrough) {
                    return false;
                }
                merge(high, low, close, volume);
                return true;
            }
            emit();
        }
        if (!this.open) {
            this.open = true;
            curEnd = e;
            o = open;
            h = high;
            l = low;
            c = close;
            v = volume;
        } else {
            merge(high, low, close, volume);
        }
        return true;
    }

    private void merge(double high, double low, double close, double volume) {
        h = Math.max(h, high);
        l = Math.min(l, low);
        c = close;
        v += volume;
    }

    private void emit() {
        open = false;
        lastEnd = curEnd;
        sink.bar(curEnd, o, h, l, c, v, 0.0);
    }

    /** Delivers the bar in progress if it ends at or before {@code t} (the clock passed its end). */
    public void closeUpTo(long t) {
        if (open && curEnd <= t) {
            emit();
        }
    }

    /** Delivers the bar in progress whatever its end (end of a historical download). */
    public void flush() {
        if (open) {
            emit();
        }
    }

    /** Forgets the bar in progress (it will be rebuilt from a backfill). */
    public void discardPartial() {
        open = false;
    }

    /** Whether a bar is in progress. */
    public boolean hasPartial() {
        return open;
    }

    /** End of the bar in progress, {@link #NONE} when none. */
    public long partialEnd() {
        return open ? curEnd : NONE;
    }

    /** End of the last delivered bar (or last tick time), {@link #NONE} when none. */
    public long lastEnd() {
        return lastEnd;
    }

    /** The bar buckets, null for a Ticks feed. */
    public BarBuckets buckets() {
        return buckets;
    }
}
