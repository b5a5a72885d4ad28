package org.bt4j.ib.store;

import java.util.Locale;

/**
 * IB's market data types ({@code reqMarketDataType}): live, frozen (the last prices at the close),
 * delayed (15-20 minutes behind, free, for instruments without a subscription) and delayed-frozen.
 * Immutable.
 */
public enum MarketDataType {
    LIVE(1), FROZEN(2), DELAYED(3), DELAYED_FROZEN(4);

    private final int code;

    MarketDataType(int code) {
        this.code = code;
    }

    /** The number IB's {@code reqMarketDataType} and {@code marketDataType} messages carry. */
    public int code() {
        return code;
    }

    /** Whether this type is delayed data. */
    public boolean isDelayed() {
        return code >= 3;
    }

    /** The delayed counterpart: DELAYED for LIVE, DELAYED_FROZEN for FROZEN; itself when delayed already. */
    public MarketDataType delayed() {
        return this == LIVE ? DELAYED : this == FROZEN ? DELAYED_FROZEN : this;
    }

    /** The type with IB's number {@code code}, or null when there is none. */
    public static MarketDataType of(int code) {
        for (MarketDataType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The type named {@code live}, {@code frozen}, {@code delayed} or {@code delayed-frozen}. */
    public static MarketDataType parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (MarketDataType t : values()) {
            if (t.label().equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of live, frozen, delayed, delayed-frozen");
    }

    /** The name {@link #parse} reads. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
