package org.bt4j.order;

/**
 * The life cycle of an order, in backtrader's numbering. An order is alive while Created,
 * Submitted, Accepted or Partial. Immutable.
 */
public enum OrderStatus {
    Created, Submitted, Accepted, Partial, Completed, Canceled, Expired, Margin, Rejected;

    /** Whether an order in this status can still execute. */
    public boolean isAlive() {
        return this == Created || this == Submitted || this == Accepted || this == Partial;
    }
}
