package org.bt4j.gateway.broker;

/** IB's order status texts used by the gateway. Immutable. */
public enum OrderStatus {
    PendingSubmit, PreSubmitted, Submitted, Filled, Cancelled, Inactive;

    /** True when the order can no longer change. */
    public boolean isDone() {
        return this == Filled || this == Cancelled || this == Inactive;
    }
}
