package org.bt4j.gateway.tape;

/**
 * A snapshot of one instrument's market at {@code time}: quote and last trade. Immutable.
 *
 * @param time      epoch nanos of the event the snapshot was taken at
 * @param bid       best bid
 * @param ask       best ask
 * @param bidSize   size at the bid
 * @param askSize   size at the ask
 * @param last      last trade price, or NaN if that event was no trade
 * @param lastSize  last trade size
 */
public record Quote(long time, double bid, double ask, double bidSize, double askSize, double last, double lastSize) {

    /** Copies the cursor's current event. */
    public static Quote of(TapeCursor c) {
        return new Quote(c.time(), c.bid(), c.ask(), c.bidSize(), c.askSize(),
                c.isTrade() ? c.tradePrice() : Double.NaN, c.isTrade() ? c.tradeSize() : 0);
    }

    /** Midpoint. */
    public double mid() {
        return (bid + ask) / 2;
    }

    /** The price positions are marked at: the last trade if this event was one, else the midpoint. */
    public double markPrice() {
        return Double.isNaN(last) ? mid() : last;
    }
}
