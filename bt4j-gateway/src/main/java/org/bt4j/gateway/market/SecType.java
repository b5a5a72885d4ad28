package org.bt4j.gateway.market;

/** IB security types the simulated market lists. Immutable. */
public enum SecType {
    /** Stock. */ STK,
    /** Future. */ FUT,
    /** Forex pair. */ CASH,
    /** Index (quoted, not tradable). */ IND,
    /** Option. */ OPT,
    /** Future option. */ FOP;

    /** Parses an IB security type; {@code null} when it is not one of ours. */
    public static SecType parseOrNull(String s) {
        for (SecType t : values()) {
            if (t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        return null;
    }
}
