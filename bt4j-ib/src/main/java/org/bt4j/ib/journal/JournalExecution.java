package org.bt4j.ib.journal;

/**
 * One execution (fill) that has been delivered to the strategy: IB's execution id, the journal
 * key of its order, the IB order id, this fill's shares and price, when it happened (UTC epoch
 * nanoseconds) and its commission (NaN until the commission report arrived).
 *
 * <p>Threading: immutable.
 */
public record JournalExecution(String execId, long orderKey, int ibOrderId, double shares, double price, long timeNanos,
                               double commission) {

    /** Checks the values. */
    public JournalExecution {
        if (execId == null || execId.isBlank()) {
            throw new IllegalArgumentException("an execution needs IB's execId");
        }
        if (!(shares > 0) || Double.isInfinite(shares)) {
            throw new IllegalArgumentException("execution " + execId + ": shares must be positive, got " + shares);
        }
    }
}
