package org.bt4j.ib.data;

/**
 * The status of a live data feed, in backtrader's numbering ({@code CONNECTED=0 ... UNKNOWN=7}).
 * bt4j delivers every change to {@code notifyData}, CONNECTED included. Immutable.
 */
public enum DataStatus {
    /** Connected to the provider; the feed is about to subscribe or backfill. */
    CONNECTED,
    /** Given up: the feed ends. */
    DISCONNECTED,
    /** The connection (socket, or TWS to IB) was lost; the feed waits for it to come back. */
    CONNBROKEN,
    /** Delivering history: start-up backfill, backfill after an outage, or a historical download. */
    DELAYED,
    /** Delivering live data. */
    LIVE,
    /** The provider refused the market data (no subscription or permission): the feed ends. */
    NOTSUBSCRIBED,
    /** The time frame cannot be served. */
    NOTSUPPORTED_TIMEFRAME,
    /** Something the feed does not know how to classify. */
    UNKNOWN
}
