package org.bt4j.gateway.tape;

import org.bt4j.gateway.market.Instrument;

/**
 * The simulated market's tape: every quote change and trade of every instrument, as a pure
 * function of (instrument, time). Historical bars, live ticks, real-time bars and order matching
 * all read the same tape, so they always agree. Implementations are immutable and thread-safe;
 * each {@link TapeCursor} belongs to one thread.
 */
public interface Tape {

    /** A cursor positioned just before the first event at or after {@code fromNanos}. */
    TapeCursor cursor(Instrument instrument, long fromNanos);

    /**
     * The market as it stood at {@code nanos}: the last event at or before it (searching back to
     * the previous session close when the market is shut), or null when the tape has none.
     */
    default Quote quoteAt(Instrument instrument, long nanos) {
        long lookback = 120L * 1_000_000_000L;
        for (int attempt = 0; attempt < 12; attempt++) {
            long from = nanos - lookback;
            TapeCursor c = cursor(instrument, from);
            Quote last = null;
            while (c.next(nanos + 1)) {
                last = Quote.of(c);
            }
            if (last != null) {
                return last;
            }
            lookback *= 4;
        }
        return null;
    }
}
