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
 * Not thread-safe: gateway thread only.
 */
public final class HistoricalService {

    private static final long NS = 1_000_000_000L;
    private static final String HMDS = "Historical Market Data Service error message:";

    private final BarAggregator aggregator;
    private final HistoricalPacing pacing;
    private final ZoneId twsZone;
    private final long maxBars;

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
     */
    public HistoricalService(BarAggregator aggregator, HistoricalPacing pacing, ZoneId twsZone, long maxBars) {
        this.aggregator = aggregator;
        this.pacing = pacing;
        this.twsZone = twsZone;
        this.maxBars = maxBars;
    }

    /** The bar builder. */
    public BarAggregator aggregator() {
        return aggregator;
    }

    /**
     * Serves one reqHistoricalData.
     *
     * @param now epoch nanos
     */
    public Result request(Instrument ins, String endDateTime, String barSizeText, String durationText,
                          boolean useRth, String whatText, boolean keepUpToDate, long now) {
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
        return new Result(req, aggregator.bars(ins, what, size, start, end, useRth), 0, null);
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
