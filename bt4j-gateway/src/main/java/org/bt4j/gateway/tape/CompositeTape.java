package org.bt4j.gateway.tape;

import java.util.Map;
import org.bt4j.gateway.market.Instrument;

/**
 * Routes instruments to their own tape (by local symbol or symbol, e.g. a CSV file for AAPL
 * only) and everything else to a fallback tape. Immutable and thread-safe.
 */
public final class CompositeTape implements Tape {

    private final Map<String, Tape> bySymbol;
    private final Tape fallback;

    /** @param bySymbol tapes keyed by upper-case local symbol or symbol; @param fallback the rest */
    public CompositeTape(Map<String, Tape> bySymbol, Tape fallback) {
        this.bySymbol = Map.copyOf(bySymbol);
        this.fallback = fallback;
    }

    @Override
    public TapeCursor cursor(Instrument instrument, long fromNanos) {
        return tapeFor(instrument).cursor(instrument, fromNanos);
    }

    /** The tape serving {@code instrument}. */
    public Tape tapeFor(Instrument instrument) {
        Tape t = bySymbol.get(instrument.localSymbol().toUpperCase(java.util.Locale.ROOT));
        if (t == null) {
            t = bySymbol.get(instrument.symbol().toUpperCase(java.util.Locale.ROOT));
        }
        return t != null ? t : fallback;
    }
}
