package org.bt4j.gateway.history;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.gateway.market.Instrument;

/**
 * Memo of completed daily bars, so that daily, weekly and monthly history (daily backfills, years
 * of {@code 1 day} bars) is folded from the tape once and then served without walking millions of
 * tape events on the engine thread again. The tape is a pure function of (instrument, time), so
 * the bar of a session the request covered whole, from its open to its close, never changes; only
 * such bars are stored ({@link BarAggregator} never offers a session clipped by the request's
 * window, in particular the session still open at the current virtual time). Sessions without
 * data are remembered too.
 *
 * <p>Series are keyed by (instrument, whatToShow, useRth) and hold one entry per session, keyed by
 * the session's open. Memory is bounded by {@code capacity}, the number of sessions held over all
 * series (about 150 bytes each): when it is exceeded the least recently used other series are
 * dropped whole, and a series that alone would exceed it stops growing. Thread-safe (every method
 * synchronizes on the cache): the gateway thread and the thread building large answers share it.
 */
public final class DailyBarCache {

    /** Default capacity: 100 000 sessions, e.g. 50 series of 5 years around the clock (about 15 MB). */
    public static final int DEFAULT_CAPACITY = 100_000;

    /** Stored for a session that has no data for the series (a bar that is never served). */
    static final HistoricalBar NO_DATA = new HistoricalBar(Long.MIN_VALUE, null, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, -1, -1, -1);

    private record SeriesKey(Instrument instrument, WhatToShow what, boolean useRth) {
    }

    private final int capacity;
    private final LinkedHashMap<SeriesKey, Map<Long, HistoricalBar>> series = new LinkedHashMap<>(16, 0.75f, true);
    private int size;

    /** @param capacity most sessions held over all series; 0 disables the cache */
    public DailyBarCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Most sessions held over all series. */
    public int capacity() {
        return capacity;
    }

    /** Sessions held now, over all series. */
    public synchronized int size() {
        return size;
    }

    /**
     * The stored bar of the session opening at {@code sessionOpen}: the bar, {@link #NO_DATA} when the
     * session had none, or null when it is not stored.
     */
    synchronized HistoricalBar get(Instrument ins, WhatToShow what, boolean useRth, long sessionOpen) {
        if (capacity == 0) {
            return null;
        }
        Map<Long, HistoricalBar> s = series.get(new SeriesKey(ins, what, useRth));
        return s == null ? null : s.get(sessionOpen);
    }

    /**
     * Stores the bar of a session that has fully ended and was folded whole ({@link #NO_DATA} when it
     * had no data); evicts least recently used series beyond the capacity.
     */
    synchronized void put(Instrument ins, WhatToShow what, boolean useRth, long sessionOpen, HistoricalBar bar) {
        if (capacity == 0) {
            return;
        }
        SeriesKey key = new SeriesKey(ins, what, useRth);
        Map<Long, HistoricalBar> s = series.get(key);
        if (s == null) {
            s = new HashMap<>();
            series.put(key, s);
        }
        if (s.containsKey(sessionOpen)) {
            return;
        }
        Iterator<Map.Entry<SeriesKey, Map<Long, HistoricalBar>>> lru = series.entrySet().iterator();
        while (size >= capacity && lru.hasNext()) {
            Map.Entry<SeriesKey, Map<Long, HistoricalBar>> e = lru.next();
            if (!e.getKey().equals(key)) {
                size -= e.getValue().size();
                lru.remove();
            }
        }
        if (size < capacity) {
            s.put(sessionOpen, bar);
            size++;
        }
    }
}
