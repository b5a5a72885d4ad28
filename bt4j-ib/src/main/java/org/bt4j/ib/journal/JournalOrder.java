package org.bt4j.ib.journal;

/**
 * One order as the journal knows it: its journal {@code key} (stable across restarts), the bt4j
 * order ref of the run that created it, what was asked ({@link OrderSpec}), the IB client id and
 * order id once chosen (0 before), IB's permanent id once reported (0 before), IB's latest status
 * text, the quantity filled by executions the strategy has received, and when it was last
 * changed (UTC epoch nanoseconds).
 *
 * <p>Threading: immutable.
 */
public record JournalOrder(long key, int ref, OrderSpec spec, int clientId, int ibOrderId, long permId,
                           String status, double filled, long updatedNanos) {

    /** IB statuses after which an order never fills again. */
    public static boolean isTerminal(String status) {
        return "Filled".equals(status) || "Cancelled".equals(status) || "ApiCancelled".equals(status)
                || "Inactive".equals(status);
    }

    /**
     * @return true while the order may still bring executions: before a terminal status, and while
     *         IB says Filled but bt4j has not received every execution yet (TWS's Filled status can
     *         come before the last execution's report, and a crash can fall between them)
     */
    public boolean isWorking() {
        return !isTerminal(status) || "Filled".equals(status) && remaining() > 1e-9;
    }

    /** @return the size still open as far as delivered executions tell */
    public double remaining() {
        return Math.max(0.0, spec.size() - filled);
    }
}
