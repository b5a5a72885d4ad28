package org.bt4j.ib.data;

/**
 * One reqHistoricalData to send: the bar size, the end instant (sent in IB's explicit UTC form
 * {@code yyyyMMdd-HH:mm:ss}, never as local time labelled GMT) and the duration text.
 * Immutable.
 *
 * @param barSize  the bar size
 * @param endNanos end of the requested span, UTC epoch nanoseconds (whole seconds)
 * @param duration IB duration text ({@code 600 S}, {@code 2 D} ...)
 */
public record HistoricalRequest(IbBarSize barSize, long endNanos, String duration) {

    /** The end date-time as sent to TWS: {@code yyyyMMdd-HH:mm:ss} in UTC. */
    public String endDateTime() {
        return TwsTime.utc(endNanos);
    }
}
