package org.bt4j.order;

/**
 * How an order is matched (backtrader's {@code Order.ExecTypes}): at the next open, at a session
 * close, at a limit, on a stop, a stop that then works as a limit, trailing stops, and recorded
 * historical executions. Immutable.
 */
public enum ExecType {
    Market, Close, Limit, Stop, StopLimit, StopTrail, StopTrailLimit, Historical;

    /** Parses backtrader's name (case-insensitive); the error lists the valid names. */
    public static ExecType parse(String name) {
        for (ExecType t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (ExecType t : values()) {
            if (t != Historical) {
                valid.append(valid.length() == 0 ? "" : ", ").append(t.name());
            }
        }
        throw new IllegalArgumentException("unknown exectype '" + name + "'; valid: " + valid);
    }

    /** Whether the stop level trails the close (StopTrail, StopTrailLimit). */
    public boolean isTrailing() {
        return this == StopTrail || this == StopTrailLimit;
    }
}
