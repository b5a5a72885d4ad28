package org.bt4j.broker;

import org.bt4j.order.Order;
import org.bt4j.util.PyMath;

/**
 * backtrader's {@code BarPointPerc} filler: the bar volume spread evenly over the high-low range
 * in steps of {@code minmov}; an order may take {@code perc} percent of one step's share.
 * Immutable.
 */
public final class BarPointPercFiller implements Filler {

    private final double minmov;
    private final double perc;

    /** @param minmov price step (0 = the whole bar is one part); @param perc percent 0..100 */
    public BarPointPercFiller(double minmov, double perc) {
        if (minmov < 0) {
            throw new IllegalArgumentException("minmov must be >= 0, got " + minmov);
        }
        if (perc < 0 || perc > 100) {
            throw new IllegalArgumentException("perc must be in 0..100, got " + perc);
        }
        this.minmov = minmov;
        this.perc = perc;
    }

    @Override
    public double fill(Order order, double price, int ago) {
        double parts = 1;
        if (minmov != 0) {
            parts = PyMath.floorDiv(order.data().high(ago) - order.data().low(ago) + minmov, minmov);
        }
        double alloc = PyMath.floorDiv((order.data().volume().get(ago) / parts) * perc, 100.0);
        return Math.min(alloc, Math.abs(order.executed().remsize()));
    }
}
