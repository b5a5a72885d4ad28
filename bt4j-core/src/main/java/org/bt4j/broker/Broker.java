package org.bt4j.broker;

import java.util.List;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;

/**
 * The seam between strategies and a venue: the simulated {@link BackBroker} or a live broker
 * (IB). Orders are created through it, status changes and fills come back as snapshots through
 * {@link #nextNotification()}, and it answers cash, value and positions. The engine calls every
 * method on its single engine thread; a live implementation hands events from its socket thread
 * to the engine through the engine's event queue, never directly.
 */
public interface Broker {

    /** Called once before the first bar with every data of the run; resets the order refs to 1. */
    void start(List<DataFeed> datas);

    /** Called once after the last bar. */
    default void stop() {
    }

    /** Creates and submits a buy order of unsigned {@code size} for {@code data}. */
    Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args);

    /** Creates and submits a sell order of unsigned {@code size} for {@code data}. */
    Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args);

    /** Cancels a pending order; false when it was not pending (for example still Submitted). */
    boolean cancel(Order order);

    /** The broker step of one bar cycle (accept, expire, match, mark to market, value). */
    void next();

    /** The next queued order snapshot, or null when none. */
    Order nextNotification();

    /** Current cash. */
    double getCash();

    /** Total portfolio value (cash plus positions) as of the last broker step. */
    double getValue();

    /** Value of the position in {@code data} only, at its current close. */
    double getValue(DataFeed data);

    /** The position in {@code data} (flat when never traded). */
    Position getPosition(DataFeed data);

    /** The commission scheme that applies to {@code data}. */
    CommInfo getCommissionInfo(DataFeed data);

    /** Orders still pending (not yet filled, canceled or expired). */
    List<Order> openOrders();

    /** Net asset value per fund share (fund mode). */
    double fundValue();

    /** Number of fund shares (fund mode). */
    double fundShares();

    /** Whether analyzers should measure returns on the fund value. */
    default boolean fundMode() {
        return false;
    }

    /** Switches cheat-on-open fills (Market orders at the open of the bar they were created on). */
    default void setCoo(boolean coo) {
    }
}
