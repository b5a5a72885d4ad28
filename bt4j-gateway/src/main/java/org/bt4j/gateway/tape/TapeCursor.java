package org.bt4j.gateway.tape;

/**
 * Walks one instrument's tape forward event by event. After a successful {@link #next(long)} the
 * accessors describe that event: the quote standing after it, and the trade it printed if
 * {@link #isTrade()}. Allocation-free; one thread.
 */
public interface TapeCursor {

    /**
     * Moves to the next event if it happens strictly before {@code limitNanos}; otherwise stays
     * put and returns false (the event is not consumed).
     */
    boolean next(long limitNanos);

    /** Time of the current event, UTC epoch nanos (millisecond resolution). */
    long time();

    /** Best bid after the event. */
    double bid();

    /** Best ask after the event. */
    double ask();

    /** Size at the bid. */
    double bidSize();

    /** Size at the ask. */
    double askSize();

    /** True when this event printed a trade. */
    boolean isTrade();

    /** Trade price (meaningful when {@link #isTrade()}). */
    double tradePrice();

    /** Trade size (meaningful when {@link #isTrade()}; 0 for index values). */
    double tradeSize();

    /** Midpoint of the quote. */
    default double mid() {
        return (bid() + ask()) / 2;
    }
}
