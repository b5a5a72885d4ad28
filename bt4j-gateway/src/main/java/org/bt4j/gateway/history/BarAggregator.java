package org.bt4j.gateway.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SessionSchedule;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;

/**
 * Builds bars from the {@link Tape} exactly as IB would serve them: intraday bars on a grid
 * aligned to local midnight in the instrument's zone (clipped to the session open with useRTH,
 * so hourly RTH bars start 09:30, 10:00, …), daily bars per session, weekly bars per ISO week,
 * monthly bars per calendar month. Bars without data are omitted. Historical requests,
 * real-time bars and keepUpToDate updates all come from here, so they agree to the last digit.
 * The bars of sessions that a request covers whole are kept in a {@link DailyBarCache}, so weekly,
 * monthly and repeated daily history is built from the tape only once. Thread-safe (the tape is
 * immutable and the cache synchronizes).
 */
public final class BarAggregator {

    private static final long NS = 1_000_000_000L;

    private final Tape tape;
    private final boolean followHours;
    private final DailyBarCache days;

    /**
     * An aggregator with a {@link DailyBarCache} of {@link DailyBarCache#DEFAULT_CAPACITY} sessions.
     *
     * @param tape        the market
     * @param followHours true when the tape trades only in trading hours (daily bars then follow
     *                    trading sessions; around the clock they follow calendar days)
     */
    public BarAggregator(Tape tape, boolean followHours) {
        this(tape, followHours, new DailyBarCache(DailyBarCache.DEFAULT_CAPACITY));
    }

    /**
     * @param tape        the market
     * @param followHours true when the tape trades only in trading hours
     * @param days        memo of completed daily bars (capacity 0: every bar is built from the tape)
     */
    public BarAggregator(Tape tape, boolean followHours, DailyBarCache days) {
        this.tape = tape;
        this.followHours = followHours;
        this.days = days;
    }

    /** The tape bars are built from. */
    public Tape tape() {
        return tape;
    }

    /**
     * Every bar with data whose start lies in {@code [from, to)}; the last one covers only up to
     * {@code to} (still forming when {@code to} is now; {@code to} is never after the virtual now).
     */
    public List<HistoricalBar> bars(Instrument ins, WhatToShow what, BarSize size, long from, long to, boolean useRth) {
        List<HistoricalBar> out = new ArrayList<>();
        if (to <= from) {
            return out;
        }
        if (size.isDaily()) {
            daily(ins, what, size, from, to, useRth, out);
        } else {
            intraday(ins, what, size.seconds() * NS, from, to, useRth, out);
        }
        return out;
    }

    /**
     * Days of tape that {@link #bars} would fold for this request: the sessions of daily, weekly and
     * monthly bars not yet in the {@link DailyBarCache}, or the whole days an intraday window spans.
     */
    public long daysToFold(Instrument ins, WhatToShow what, BarSize size, long from, long to, boolean useRth) {
        if (to <= from) {
            return 0;
        }
        if (!size.isDaily()) {
            return (to - from + 86_400 * NS - 1) / (86_400 * NS);
        }
        long n = 0;
        for (long[] s : dailySessions(ins, useRth).sessionsBetween(from, to)) {
            if (s[0] < from || s[1] > to || days.get(ins, what, useRth, s[0]) == null) {
                n++;
            }
        }
        return n;
    }

    /** One bar over exactly {@code [from, to)} (real-time bars, updates); null when no data. */
    public HistoricalBar window(Instrument ins, WhatToShow what, long from, long to, boolean useRth) {
        BarAccumulator acc = new BarAccumulator(what);
        if (useRth) {
            for (long[] s : ins.liquidHours().sessionsBetween(from, to)) {
                fold(ins, acc, Math.max(from, s[0]), Math.min(to, s[1]));
            }
        } else {
            fold(ins, acc, from, to);
        }
        return acc.hasData() ? acc.toBar(from, null) : null;
    }

    private void fold(Instrument ins, BarAccumulator acc, long from, long to) {
        TapeCursor c = tape.cursor(ins, from);
        while (c.next(to)) {
            acc.accept(c);
        }
    }

    /** Start of the intraday grid cell containing {@code t}. */
    public static long gridStart(long t, long len, ZoneId zone) {
        LocalDate d = Instant.ofEpochSecond(Math.floorDiv(t, NS)).atZone(zone).toLocalDate();
        long midnight = d.atStartOfDay(zone).toEpochSecond() * NS;
        return midnight + Math.floorDiv(t - midnight, len) * len;
    }

    private void intraday(Instrument ins, WhatToShow what, long len, long from, long to, boolean useRth,
                          List<HistoricalBar> out) {
        ZoneId zone = ins.zone();
        if (useRth) {
            for (long[] s : ins.liquidHours().sessionsBetween(from, to)) {
                intradaySpan(ins, what, len, Math.max(from, s[0]), Math.min(to, s[1]), s[0], zone, out);
            }
        } else {
            intradaySpan(ins, what, len, from, to, Long.MIN_VALUE, zone, out);
        }
    }

    private void intradaySpan(Instrument ins, WhatToShow what, long len, long from, long to, long sessionOpen,
                              ZoneId zone, List<HistoricalBar> out) {
        BarAccumulator acc = new BarAccumulator(what);
        TapeCursor c = tape.cursor(ins, from);
        long dayStart = Long.MAX_VALUE;
        long dayEnd = Long.MIN_VALUE;
        long barStart = Long.MIN_VALUE;
        long barEnd = Long.MIN_VALUE;
        while (c.next(to)) {
            long t = c.time();
            if (t >= barEnd) {
                if (acc.hasData()) {
                    out.add(acc.toBar(Math.max(barStart, sessionOpen), null));
                }
                acc.reset();
                if (t < dayStart || t >= dayEnd) {
                    LocalDate d = Instant.ofEpochSecond(Math.floorDiv(t, NS)).atZone(zone).toLocalDate();
                    dayStart = d.atStartOfDay(zone).toEpochSecond() * NS;
                    dayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond() * NS;
                }
                barStart = dayStart + Math.floorDiv(t - dayStart, len) * len;
                barEnd = Math.min(barStart + len, dayEnd);
            }
            acc.accept(c);
        }
        if (acc.hasData()) {
            out.add(acc.toBar(Math.max(barStart, sessionOpen), null));
        }
    }

    /** The sessions daily bars are built from. */
    public SessionSchedule dailySessions(Instrument ins, boolean useRth) {
        if (useRth) {
            return ins.liquidHours();
        }
        return followHours ? ins.tradingHours() : SessionSchedule.parse("ALWAYS", ins.zone());
    }

    private void daily(Instrument ins, WhatToShow what, BarSize size, long from, long to, boolean useRth,
                       List<HistoricalBar> out) {
        SessionSchedule sessions = dailySessions(ins, useRth);
        BarAccumulator day = new BarAccumulator(what);
        BarAccumulator group = new BarAccumulator(what);
        LocalDate groupKey = null;
        LocalDate groupDate = null;
        long groupStart = 0;
        for (long[] s : sessions.sessionsBetween(from, to)) {
            HistoricalBar bar = sessionBar(ins, what, useRth, s, from, to, day);
            if (bar == null) {
                continue;
            }
            LocalDate date = bar.date();
            if (size == BarSize.DAY_1) {
                out.add(bar);
                continue;
            }
            LocalDate key = size == BarSize.WEEK_1 ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : date.withDayOfMonth(1);
            if (!key.equals(groupKey)) {
                if (group.hasData()) {
                    out.add(group.toBar(groupStart, groupDate));
                }
                group.reset();
                groupKey = key;
                groupDate = date;
                groupStart = s[0];
            }
            group.merge(bar);
        }
        if (group.hasData()) {
            out.add(group.toBar(groupStart, groupDate));
        }
    }

    /**
     * The daily bar of session {@code s} ({open, close, epoch day}) within {@code [from, to)}, or null
     * when it has no data there. A session inside the window whole has ended by {@code to} and is
     * served from, or stored in, the cache; a clipped one (the first, or the one still open) is
     * always folded from the tape.
     */
    private HistoricalBar sessionBar(Instrument ins, WhatToShow what, boolean useRth, long[] s, long from, long to,
                                     BarAccumulator day) {
        boolean whole = s[0] >= from && s[1] <= to;
        if (whole) {
            HistoricalBar known = days.get(ins, what, useRth, s[0]);
            if (known != null) {
                return known == DailyBarCache.NO_DATA ? null : known;
            }
        }
        day.reset();
        fold(ins, day, Math.max(s[0], from), Math.min(s[1], to));
        HistoricalBar bar = day.hasData() ? day.toBar(s[0], LocalDate.ofEpochDay(s[2])) : null;
        if (whole) {
            days.put(ins, what, useRth, s[0], bar == null ? DailyBarCache.NO_DATA : bar);
        }
        return bar;
    }
}
