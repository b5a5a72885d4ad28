package org.bt4j.ib.journal;

/**
 * One order as the journal knows it: its journal {@code key} (stable across restarts), the bt4j
 * order ref of the run that created it, what was asked ({@link OrderSpec}), the IB client id and
 * order id once chosen (0 before), IB's permanent id once reported (0 before), IB's latest status
 * text ({@link #NOT_SENT} for an order TWS never received), the quantity filled by executions the
 * strategy has received, and, once IB ended the order otherwise than Filled, the shares IB counted
 * as filled at that end ({@code endFilled}) and the backtrader status the strategy gets after
 * executions for them ({@code end}: {@code Canceled}, {@code Expired}, {@code Margin} or {@code Rejected}; empty
 * before), and when it was last changed (UTC epoch nanoseconds).
 *
 * <p>Threading: immutable.
 */
public record JournalOrder(long key, int ref, OrderSpec spec, int clientId, int ibOrderId, long permId,
                           String status, double filled, double endFilled, String end, long updatedNanos) {

    /**
     * bt4j's own terminal status, not one of IB's: the order was journaled but TWS never received it
     * (bt4j was killed before {@code placeOrder} went out, or the connection was down); the strategy
     * saw it Rejected.
     */
    public static final String NOT_SENT = "NotSent";

    /**
     * bt4j's own terminal status, not one of IB's: TWS had acknowledged the order but none of its
     * open orders, completed orders or executions names it any more; the strategy saw it Canceled
     * (Expired past its validity) with the shares received.
     */
    public static final String GONE = "Gone";

    /** An order IB has not ended otherwise than Filled (no {@code endFilled}, no {@code end}). */
    public JournalOrder(long key, int ref, OrderSpec spec, int clientId, int ibOrderId, long permId, String status,
                        double filled, long updatedNanos) {
        this(key, ref, spec, clientId, ibOrderId, permId, status, filled, 0.0, "", updatedNanos);
    }

    /** IB statuses (and {@link #NOT_SENT}, {@link #GONE}) after which an order never fills again. */
    public static boolean isTerminal(String status) {
        return "Filled".equals(status) || "Cancelled".equals(status) || "ApiCancelled".equals(status)
                || "Inactive".equals(status) || NOT_SENT.equals(status) || GONE.equals(status);
    }

    /**
     * @return true while the order may still bring executions: before a terminal status, and while
     *         bt4j has received fewer shares than IB counted at its end (all of them for Filled):
     *         TWS's Filled or Cancelled status can come before the last execution's report, and a
     *         crash can fall between them
     */
    public boolean isWorking() {
        return !isTerminal(status) || filled + 1e-9 < owed();
    }

    /** The shares IB counted as filled when it ended the order (its size when Filled), 0 before an end. */
    public double owed() {
        return "Filled".equals(status) ? Math.max(spec.size(), endFilled) : endFilled;
    }

    /** @return the size still open as far as delivered executions tell */
    public double remaining() {
        return Math.max(0.0, spec.size() - filled);
    }
}
