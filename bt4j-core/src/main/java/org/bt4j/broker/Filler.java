package org.bt4j.broker;

import org.bt4j.order.Order;

/**
 * A volume filler (backtrader's {@code filler}): how much of an order may fill now, given the
 * price and the bar ({@code ago} is 0, or -1 for a Close order matched on the previous bar). The
 * rest stays pending as Partial. Implementations are stateless or engine-thread confined.
 */
@FunctionalInterface
public interface Filler {

    /** Unsigned size that can execute now (0 for none). */
    double fill(Order order, double price, int ago);
}
