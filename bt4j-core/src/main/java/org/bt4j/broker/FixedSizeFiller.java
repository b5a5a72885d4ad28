package org.bt4j.broker;

import org.bt4j.order.Order;

/**
 * backtrader's {@code FixedSize} filler: at most {@code size} per bar (0 = unlimited), never more
 * than the bar's volume or the order's remainder. Immutable.
 */
public final class FixedSizeFiller implements Filler {

    private final double size;

    /** @param size maximum per bar; 0 means no cap besides volume */
    public FixedSizeFiller(double size) {
        if (size < 0) {
            throw new IllegalArgumentException("filler size must be >= 0, got " + size);
        }
        this.size = size;
    }

    @Override
    public double fill(Order order, double price, int ago) {
        double cap = size == 0 ? Double.POSITIVE_INFINITY : size;
        double vol = order.data().volume().get(ago);
        return Math.min(Math.min(vol, Math.abs(order.executed().remsize())), cap);
    }
}
