package org.bt4j.ib.journal;

/**
 * One execution (fill) that has been delivered to the strategy: IB's execution id, the journal
 * key of its order, the IB order id, this fill's shares and price, when it happened (UTC epoch
 * nanoseconds), its commission as IB reported it (NaN until the commission report arrived) and,
 * when the fill was delivered before its report (the report was late), the estimated commission
 * it was delivered with (NaN when it was delivered with the reported one).
 *
 * <p>Threading: immutable.
 */
public record JournalExecution(String execId, long orderKey, int ibOrderId, double shares, double price, long timeNanos,
                               double commission, double estimate) {

    /** Checks the values. */
    public JournalExecution {
        if (execId == null || execId.isBlank()) {
            throw new IllegalArgumentException("an execution needs IB's execId");
        }
        if (!(shares > 0) || Double.isInfinite(shares)) {
            throw new IllegalArgumentException("execution " + execId + ": shares must be positive, got " + shares);
        }
    }

    /** An execution delivered with its reported commission (or none yet). */
    public JournalExecution(String execId, long orderKey, int ibOrderId, double shares, double price, long timeNanos,
                            double commission) {
        this(execId, orderKey, ibOrderId, shares, price, timeNanos, commission, Double.NaN);
    }

    /** Whether the fill was delivered with an estimated commission because its report was late. */
    public boolean estimated() {
        return !Double.isNaN(estimate);
    }

    /** The commission the strategy got with the fill: the estimate, else the reported one (0 when neither). */
    public double deliveredCommission() {
        double c = estimated() ? estimate : commission;
        return Double.isNaN(c) ? 0.0 : c;
    }
}
