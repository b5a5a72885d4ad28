package org.bt4j.feed;

/**
 * The status of a live data feed, backtrader's data statuses in backtrader's order
 * ({@code CONNECTED=0 ... UNKNOWN=7}). A feed that reports statuses ({@link StatusSource}) reports
 * only changes; the engine delivers each to every strategy's {@code notifyData}. Immutable.
 */
public enum DataStatus {
    /** Connected to the provider; the feed is about to subscribe or backfill. */
    CONNECTED,
    /** Given up: the feed ends. */
    DISCONNECTED,
    /** The connection (socket, or the provider's own link) was lost; the feed waits for it to come back. */
    CONNBROKEN,
    /** Delivering history: start-up backfill, backfill after an outage, or a historical download. */
    DELAYED,
    /** Delivering live data. */
    LIVE,
    /** The provider refused the market data (no subscription or permission): the feed ends. */
    NOTSUBSCRIBED,
    /** The time frame cannot be served (backtrader's {@code NOTSUPPORTED_TF}): the feed ends. */
    NOTSUPPORTED_TF,
    /** Something the feed does not know how to classify. */
    UNKNOWN
}
