package org.bt4j.gateway.history;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.SecType;

/**
 * Answers historical-bar requests like TWS: parses and validates the request (bar size,
 * duration, whatToShow, end time), applies IB's limits and {@link HistoricalPacing}, and builds
 * the bars with {@link BarAggregator}. Failures carry TWS's error code and text (162, 321, 10314).
 *
 * <p>IB's limits, in the order they are checked: the per-unit maxima of the current IB page
 * (86400 S, 365 D, 52 W, 12 M, 68 Y; 1-second bars for at most 2000 S), then, when enabled, IB's
 * step-size table ({@link #maxStepSeconds}: the longest duration TWS accepts for a bar size, so a
 * year of 1-minute bars is refused at once instead of being built), then the bar-count cap
 * {@code maxBars} as a second guard. Every one is refused with 162 "Time length exceed max.".
 * Not thread-safe: gateway thread only, except {@link #build} and {@link #isLarge}.
 */
public final class HistoricalService {

    private static final long NS = 1_000_000_000L;
    private static final String HMDS = "Historical Market Data Service error message:";

    /** Days of tape above which a request is {@link #isLarge large}. */
    public static final int LARGE_DAYS = 20;

    private final BarAggregator aggregator;
    private final HistoricalPacing pacing;
    private final ZoneId twsZone;
    private final long maxBars;
    private final boolean stepLimit;

    /**
     * IB's step-size table: each duration with the smallest bar size TWS accepts for it, in seconds
     * (60 S … 1800 S: 1 secs; 3600 S: 5 secs; 14400 S: 10 secs; 28800 S: 30 secs; 1 D: 1 min;
     * 2 D: 2 mins; 1 W: 3 mins; 1 M: 30 mins; 1 Y: 1 day). The table's upper bar-size bounds (a bar
     * longer than the duration) are not enforced: such a request asks for at most one bar.
     */
    private static final long[][] STEP_TABLE = {
        {60, 1}, {120, 1}, {1_800, 1}, {3_600, 5}, {14_400, 10}, {28_800, 30},
        {86_400, 60}, {2 * 86_400, 120}, {7 * 86_400, 180}, {30 * 86_400, 1_800}, {365 * 86_400L, 86_400},
    };

    /** A parsed, validated request ready to be served. */
    public record Request(Instrument instrument, WhatToShow what, BarSize barSize, long start, long end,
                          boolean useRth, boolean keepUpToDate) {
    }

    /** The outcome: either bars or a TWS error. */
    public record Result(Request request, List<HistoricalBar> bars, int errorCode, String errorText) {
        /** True when this is an error. */
        public boolean failed() {
            return errorCode != 0;
        }
    }

    /**
     * @param aggregator bar builder
     * @param pacing     pacing rules
     * @param twsZone    the zone TWS assumes for end times without one
     * @param maxBars    largest number of bars one request may return (162 above it)
     * @param stepLimit  enforce IB's step-size table ({@link #maxStepSeconds}); 162 above it
     */
    public HistoricalService(BarAggregator aggregator, HistoricalPacing pacing, ZoneId twsZone, long maxBars,
                             boolean stepLimit) {
        this.aggregator = aggregator;
        this.pacing = pacing;
        this.twsZone = twsZone;
        this.maxBars = maxBars;
        this.stepLimit = stepLimit;
    }

    /**
     * The longest duration, in nominal seconds ({@link HistDuration#nominalSeconds()}: a day 86 400 s,
     * a week 7 days, a month 30 days), that IB's step-size table accepts for bars of {@code size}:
     * the longest row whose smallest bar size is at most {@code size} (2000 S for 1-second bars, the
     * current IB page's figure, which is above the table's 1800 S); {@link Long#MAX_VALUE} for day,
     * week and month bars, which only the per-unit maxima limit (up to 68 Y).
     */
    public static long maxStepSeconds(BarSize size) {
        if (size == BarSize.SECS_1) {
            return 2_000;
        }
        if (size.isDaily()) {
            return Long.MAX_VALUE;
        }
        long max = 0;
        for (long[] row : STEP_TABLE) {
            if (row[1] <= size.seconds()) {
                max = row[0];
            }
        }
        return max;
    }

    /** The bar builder. */
    public BarAggregator aggregator() {
        return aggregator;
    }

    /**
     * Serves one reqHistoricalData: {@link #admit} and, when admitted, {@link #build}.
     *
     * @param now epoch nanos
     */
    public Result request(Instrument ins, String endDateTime, String barSizeText, String durationText,
                          boolean useRth, String whatText, boolean keepUpToDate, long now) {
        Result r = admit(ins, endDateTime, barSizeText, durationText, useRth, whatText, keepUpToDate, now);
        return r.failed() ? r : new Result(r.request(), build(r.request()), 0, null);
    }

    /**
     * Validates one reqHistoricalData of a current (framed, server version 100 or later) client and
     * counts it against pacing, without building bars: a {@link Result} with the request and no bars,
     * or the TWS error.
     *
     * @param now epoch nanos
     */
    public Result admit(Instrument ins, String endDateTime, String barSizeText, String durationText,
                        boolean useRth, String whatText, boolean keepUpToDate, long now) {
        return admit(ins, endDateTime, barSizeText, durationText, useRth, whatText, keepUpToDate, now, true);
    }

    /**
     * {@link #admit(Instrument, String, String, String, boolean, String, boolean, long)} for a client of
     * a given era. The TWS 9.x that pre-v100 clients (IbPy, backtrader's IB store) spoke to did not
     * enforce the step-size table: backtrader's own table asks for 7200 S of 5-second bars, and the
     * seed post shows TWS answering it. So the table applies only when {@code currentEra}; the unit
     * maxima and the bar cap apply to every client.
     *
     * @param now        epoch nanos
     * @param currentEra the client negotiated server version 100 or later
     */
    public Result admit(Instrument ins, String endDateTime, String barSizeText, String durationText,
                        boolean useRth, String whatText, boolean keepUpToDate, long now, boolean currentEra) {
        BarSize size = BarSize.parseOrNull(barSizeText);
        if (size == null) {
            return fail(321, "Error validating request.-'bP' : cause - Historical data bar size setting is invalid. Legal ones are: "
                    + BarSize.legal());
        }
        HistDuration dur = HistDuration.parseOrNull(durationText);
        if (dur == null) {
            return fail(321, "Error validating request.-'bP' : cause - Historical data query duration '" + durationText
                    + "' is invalid; expected '<integer> <S|D|W|M|Y>'");
        }
        WhatToShow what = WhatToShow.parseOrNull(whatText);
        if (what == null) {
            return fail(321, "Error validating request.-'bP' : cause - whatToShow '" + whatText
                    + "' is not supported; use TRADES, MIDPOINT, BID, ASK or BID_ASK");
        }
        if (what == WhatToShow.TRADES && !ins.hasTrades()) {
            return fail(162, HMDS + "No data of type TRADES is available for the exchange '" + ins.exchange()
                    + "' and the security type '" + ins.secType() + "'");
        }
        if (ins.secType() == SecType.IND && what != WhatToShow.TRADES) {
            return fail(162, HMDS + "No data of type " + what + " is available for the security type 'IND'");
        }
        if (keepUpToDate && endDateTime != null && !endDateTime.isBlank()) {
            return fail(321, "Error validating request.-'bP' : cause - End date not supported with live updates.");
        }
        if (keepUpToDate && what == WhatToShow.BID_ASK) {
            return fail(321, "Error validating request.-'bP' : cause - keepUpToDate is not supported for BID_ASK");
        }
        long end;
        try {
            end = endDateTime == null || endDateTime.isBlank() ? now : parseEnd(endDateTime.trim());
        } catch (RuntimeException e) {
            return fail(10314, "End Date/Time: The date, time, or time-zone entered is invalid. The correct format is "
                    + "[yyyymmdd] hh:mm:ss [TZ] or yyyymmdd-hh:mm:ss (UTC): '" + endDateTime + "'");
        }
        end = Math.min(end, now);
        if (!dur.withinUnitMaximum() || (size == BarSize.SECS_1 && dur.nominalSeconds() > 2000)) {
            return fail(162, HMDS + "Time length exceed max.");
        }
        if (stepLimit && currentEra && dur.nominalSeconds() > maxStepSeconds(size)) {
            return fail(162, HMDS + "Time length exceed max. (IB's step sizes allow at most " + durationText(maxStepSeconds(size))
                    + " of " + size.ib() + " bars; request a shorter duration or larger bars)");
        }
        long start = start(ins, dur, end, useRth);
        long bars = (end - start) / (size.seconds() * NS);
        if (bars > maxBars) {
            return fail(162, HMDS + "Time length exceed max. (" + bars + " bars of " + size.ib() + " requested, at most "
                    + maxBars + ")");
        }
        if (size.seconds() <= 30 && start < now - 183L * 86_400 * NS) {
            return fail(162, HMDS + "HMDS query returned no data: bars of 30 seconds or less are kept for 6 months only");
        }
        String key = ins.conId() + "|" + endDateTime + "|" + size + "|" + dur + "|" + useRth + "|" + what + "|" + keepUpToDate;
        String violation = pacing.admit(key, ins.conId() + "|" + ins.exchange() + "|" + what,
                what == WhatToShow.BID_ASK ? 2 : 1, now);
        if (violation != null) {
            return fail(162, HMDS + violation);
        }
        Request req = new Request(ins, what, size, start, end, useRth, keepUpToDate);
        return new Result(req, List.of(), 0, null);
    }

    /** The bars of an admitted request. Unlike the rest of this class, callable from any thread. */
    public List<HistoricalBar> build(Request q) {
        return aggregator.bars(q.instrument(), q.what(), q.barSize(), q.start(), q.end(), q.useRth());
    }

    /**
     * True when building {@code q} means folding more than {@link #LARGE_DAYS} days of tape (daily bars
     * whose sessions are not yet in the {@link DailyBarCache}, or a long intraday window): tens of
     * milliseconds per day around the clock, too long for the gateway thread, which then builds it
     * elsewhere. Callable from any thread.
     */
    public boolean isLarge(Request q) {
        return aggregator.daysToFold(q.instrument(), q.what(), q.barSize(), q.start(), q.end(), q.useRth()) > LARGE_DAYS;
    }

    /** IB's spelling of a step-table duration: seconds below a day, else months, weeks or days. */
    private static String durationText(long seconds) {
        long day = 86_400;
        if (seconds < day) {
            return seconds + " S";
        }
        if (seconds % (30 * day) == 0) {
            return seconds / (30 * day) + " M";
        }
        return seconds % (7 * day) == 0 ? seconds / (7 * day) + " W" : seconds / day + " D";
    }

    private static Result fail(int code, String text) {
        return new Result(null, List.of(), code, text);
    }

    /** Start of the requested window: seconds, sessions ("D"), or calendar weeks/months/years back from {@code end}. */
    long start(Instrument ins, HistDuration d, long end, boolean useRth) {
        ZoneId zone = ins.zone();
        LocalDateTime endLocal = LocalDateTime.ofEpochSecond(Math.floorDiv(end, NS), 0,
                zone.getRules().getOffset(java.time.Instant.ofEpochSecond(Math.floorDiv(end, NS))));
        return switch (d.unit()) {
            case 'S' -> end - d.amount() * NS;
            case 'D' -> sessionsBack(ins, d.amount(), end, useRth);
            case 'W' -> endLocal.minusWeeks(d.amount()).atZone(zone).toEpochSecond() * NS;
            case 'M' -> endLocal.minusMonths(d.amount()).atZone(zone).toEpochSecond() * NS;
            default -> endLocal.minusYears(d.amount()).atZone(zone).toEpochSecond() * NS;
        };
    }

    private long sessionsBack(Instrument ins, int n, long end, boolean useRth) {
        List<long[]> sessions = aggregator.dailySessions(ins, useRth)
                .sessionsBetween(end - (n * 2L + 10) * 86_400 * NS, end);
        int seen = 0;
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (sessions.get(i)[0] < end) {
                seen++;
                if (seen == n) {
                    return sessions.get(i)[0];
                }
            }
        }
        return end - n * 86_400L * NS;
    }

    /** Parses an end time (see {@link IbTimes#parse}) in TWS's zone when it names none; epoch nanos. */
    public long parseEnd(String s) {
        return IbTimes.parse(s, twsZone);
    }
}
