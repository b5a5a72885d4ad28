package org.bt4j.broker;

import org.bt4j.order.Order;
import org.bt4j.util.PyMath;

/**
 * backtrader's {@code FixedBarPerc} filler: at most {@code perc} percent of the bar's volume
 * (floor-divided as backtrader does), never more than the order's remainder. Immutable.
 */
public final class FixedBarPercFiller implements Filler {

    private final double perc;

    /** @param perc percentage of the bar volume, 0..100 */
    public FixedBarPercFiller(double perc) {
        if (perc < 0 || perc > 100) {
            throw new IllegalArgumentException("filler perc must be in 0..100, got " + perc);
        }
        this.perc = perc;
    }

    @Override
    public double fill(Order order, double price, int ago) {
        double max = PyMath.floorDiv(order.data().volume().get(ago) * perc, 100);
        return Math.min(max, Math.abs(order.executed().remsize()));
    }
}
