package org.bt4j.gateway.history;

import java.time.LocalDate;

/**
 * One bar as the gateway serves it: stamped at its start (intraday) or dated by its session
 * (daily and longer), like IB. Volume, WAP and count are −1 for quote bars. Immutable.
 *
 * @param start   bar start, UTC epoch nanos
 * @param date    session date for daily/weekly/monthly bars, else null
 * @param open    open
 * @param high    high
 * @param low     low
 * @param close   close
 * @param volume  volume (shares/contracts), −1 when not applicable
 * @param wap     volume-weighted average price, −1 when not applicable
 * @param count   number of trades, −1 when not applicable
 */
public record HistoricalBar(long start, LocalDate date, double open, double high, double low, double close,
                            double volume, double wap, int count) {

    /** Start in whole epoch seconds (what formatDate=2 and real-time bars carry). */
    public long startSeconds() {
        return Math.floorDiv(start, 1_000_000_000L);
    }
}
