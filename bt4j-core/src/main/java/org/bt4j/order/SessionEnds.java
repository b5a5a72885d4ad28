package org.bt4j.order;

import java.time.ZoneId;
import org.bt4j.feed.DataFeed;

/**
 * The session end following a time, for one data feed, cached by trading day: orders created on
 * the same day share one {@code java.time} computation, so order creation stays cheap in long
 * backtests. The answer is a step function of time (constant on each interval between two session
 * ends), so the cache keeps the last interval {@code (previous end, end]}. A change of the feed's
 * zone or session end resets it. Engine thread only (one instance per data and broker).
 */
public final class SessionEnds {

    private final DataFeed data;
    private ZoneId zone;
    private long endNanoOfDay = -1;
    private long lo = Long.MAX_VALUE;
    private long hi = Long.MIN_VALUE;

    /** A cache for the sessions of {@code data} (its zone and session end as they are at each call). */
    public SessionEnds(DataFeed data) {
        this.data = java.util.Objects.requireNonNull(data, "data");
    }

    /** The first session end at or after {@code nanos} (UTC epoch nanoseconds). */
    public long after(long nanos) {
        ZoneId tz = data.tz();
        long eod = data.sessionEnd().toNanoOfDay();
        if (tz != zone || eod != endNanoOfDay) {
            zone = tz;
            endNanoOfDay = eod;
            lo = Long.MAX_VALUE;
            hi = Long.MIN_VALUE;
        }
        if (nanos > lo && nanos <= hi) {
            return hi;
        }
        long end = Order.nextSessionEnd(nanos, tz, eod);
        hi = end;
        lo = Order.previousSessionEnd(end, tz, eod);
        return end;
    }
}
