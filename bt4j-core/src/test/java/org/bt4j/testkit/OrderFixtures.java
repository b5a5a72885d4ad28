package org.bt4j.testkit;

import org.bt4j.feed.DataFeed;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;

/**
 * Orders built directly (no broker) for unit tests: created on the current bar of a started
 * feed, optionally partly filled. Test use only.
 */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    /** A Market order of {@code unsignedSize} (buy or sell) with ref {@code ref}, no owner. */
    public static Order market(int ref, DataFeed data, boolean buy, double unsignedSize) {
        return Order.create(ref, buy, null, data, unsignedSize, OrderArgs.of());
    }

    /** A fill bit of signed {@code size} at {@code price} that only opens (no commission, no pnl). */
    public static ExecutionBit openingBit(long dt, double size, double price) {
        return new ExecutionBit(dt, size, price, 0, 0, 0, size, size * price, 0, 0, size, price);
    }

    /** Executes an opening fill of signed {@code size} at {@code price} on {@code order}. */
    public static void fill(Order order, double size, double price) {
        order.execute(openingBit(order.data().datetime(0), size, price), Double.NaN);
    }
}
