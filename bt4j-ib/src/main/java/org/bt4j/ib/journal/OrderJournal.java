package org.bt4j.ib.journal;

import java.util.List;
import java.util.Optional;

/**
 * The local, durable record of a live strategy's orders and of every execution already delivered
 * to it, so that a restarted bt4j recognises its own working orders at IB, re-attaches them, and
 * never delivers a fill twice or misses one. Every call is durable when it returns (a process
 * killed right after loses nothing).
 *
 * <p>Life of an order: {@link #orderSubmitted} before {@code placeOrder} is sent (so an order IB
 * may have received is never unknown locally), {@link #ibOrderId} when its IB id is chosen,
 * {@link #permId} when IB reports it, {@link #status} on every status change, {@link #ended} when IB
 * ends it otherwise than Filled (or bt4j finds that TWS never received it). Fills:
 * {@link #executionReceived} when a fill is queued for the strategy; it answers false for an
 * execId already received (a re-sent execDetails after a reconnect, or a {@code reqExecutions}
 * replay), so the broker drops it; {@link #delivered} once the strategy's {@code notifyOrder} for
 * it has returned. On restart: {@link #workingOrders()} lists the orders to match against IB's open
 * orders and executions, and {@link #undelivered()} the fills received but never notified, which
 * are delivered first.
 *
 * <p>Threading: implementations are thread-safe; calls are serialised.
 */
public interface OrderJournal extends AutoCloseable {

    /**
     * Records an order the strategy created, before anything is sent to IB.
     *
     * @param ref bt4j's order ref in this run
     * @return the journal key of the order (stable across restarts)
     */
    long orderSubmitted(int ref, OrderSpec spec);

    /** Records the IB client id and order id chosen for the order {@code key}. */
    void ibOrderId(long key, int clientId, int ibOrderId);

    /** Records IB's permanent id of the order {@code key}. */
    void permId(long key, long permId);

    /** Records IB's latest status text of the order {@code key} ({@code Submitted}, {@code Filled}, …). */
    void status(long key, String status);

    /**
     * Records how the order {@code key} ends, in one statement: IB's terminal status text (or
     * {@link JournalOrder#NOT_SENT}), the shares IB counted as filled at it, and the backtrader status
     * the strategy gets once executions for those shares have been received ({@code Canceled},
     * {@code Expired}, {@code Margin}, {@code Rejected}). Until then the order stays {@link JournalOrder#isWorking working}.
     */
    void ended(long key, String status, double endFilled, String end);

    /**
     * Records an execution received for the strategy (not yet delivered), adding its shares to the
     * order's filled quantity, in one transaction — once: the same execId a second time changes nothing.
     *
     * @return true if this execution was new (queue it for the strategy), false if it was received before (drop it)
     * @throws IllegalArgumentException if the execution's order key is unknown
     */
    boolean executionReceived(JournalExecution execution);

    /**
     * Records that the strategy's {@code notifyOrder} carrying these executions has returned, in one
     * transaction. Unknown ids are ignored.
     */
    void delivered(List<String> execIds);

    /** @return the executions received but not yet delivered, oldest first (a restart delivers them first) */
    List<JournalExecution> undelivered();

    /**
     * Records IB's commission of a delivered execution (reports may come before or after it; a fill
     * delivered with an estimate keeps the estimate, so the correction is {@code commission − estimate}).
     */
    void commission(String execId, double commission);

    /** @return true if the execution {@code execId} was delivered to the strategy (its notifyOrder returned) */
    boolean hasDelivered(String execId);

    /** @return the received execution {@code execId}, if it was received */
    Optional<JournalExecution> execution(String execId);

    /** @return every order that may still bring executions ({@link JournalOrder#isWorking()}), in key order */
    List<JournalOrder> workingOrders();

    /** @return the order with this journal key */
    Optional<JournalOrder> order(long key);

    /** @return the order IB knows as {@code ibOrderId} of {@code clientId} */
    Optional<JournalOrder> byIbOrderId(int clientId, int ibOrderId);

    /** @return the order IB knows by this permanent id */
    Optional<JournalOrder> byPermId(long permId);

    /** @return the received executions of the order {@code key}, in the order they were received */
    List<JournalExecution> executions(long key);

    /** @return the largest bt4j ref recorded (0 if none), so a restarted run can number after it */
    int maxRef();

    /** Closes the journal; everything recorded is already durable. */
    @Override
    void close();
}
