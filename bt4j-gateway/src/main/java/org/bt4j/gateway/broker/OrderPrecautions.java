package org.bt4j.gateway.broker;

import org.bt4j.gateway.market.Instrument;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.Wire;

/**
 * The gateway's precautionary checks of an order's size and prices, as TWS's precautionary settings
 * and order validation make them: the quantity a finite, positive whole number of units no larger
 * than {@link #MAX_QUANTITY}; every price the order type uses finite, positive, no larger than
 * {@link #MAX_PRICE} and, for limit and stop prices, on the instrument's tick. (Buying power is
 * checked elsewhere.) Stateless; any thread.
 */
public final class OrderPrecautions {

    /** Largest order quantity accepted, in units (shares, contracts, base currency). */
    public static final double MAX_QUANTITY = 100_000_000;
    /** Largest price accepted, per unit. */
    public static final double MAX_PRICE = 10_000_000;
    /** Order sizes are whole units. */
    private static final double SIZE_INCREMENT = 1;

    private OrderPrecautions() {
    }

    /**
     * The first problem of {@code s} as a rejection text, prefixed {@code "110|"} for a price off the
     * tick (error 110), or null when it passes. {@code type} is the normalised order type.
     */
    static String check(Instrument ins, Order s, String type) {
        double q = s.totalQuantity();
        if (!Double.isFinite(q) || q == Wire.UNSET_DOUBLE) {
            return "Order quantity is not a number: " + q;
        }
        if (!(q > 0)) {
            return "Order quantity must be positive: " + fmt(q);
        }
        if (q > MAX_QUANTITY) {
            return "The order size " + fmt(q) + " exceeds the size limit of " + fmt(MAX_QUANTITY);
        }
        if (Math.rint(q / SIZE_INCREMENT) * SIZE_INCREMENT != q) {
            return "The order size " + fmt(q) + " is not a multiple of the size increment " + fmt(SIZE_INCREMENT);
        }
        boolean limit = OrderTypes.needsLimit(type) || type.equals("TRAIL LIMIT");
        String problem = limit ? price("limit price", s.lmtPrice()) : null;
        if (problem == null && OrderTypes.needsStop(type)) {
            problem = price("stop price", s.auxPrice());
        }
        if (problem == null && OrderTypes.isTrailing(type)) {
            problem = trailing(s);
        }
        if (problem != null) {
            return problem;
        }
        if ((limit && !ins.onTick(s.lmtPrice()))
                || (OrderTypes.needsStop(type) && !ins.onTick(s.auxPrice()))) {
            return "110|The price does not conform to the minimum price variation for this contract.";
        }
        return null;
    }

    private static String trailing(Order s) {
        if (set(s.trailingPercent())) {
            double p = s.trailingPercent();
            if (!(p > 0 && p < 100)) {
                return "The trailing percent must be between 0 and 100: " + p;
            }
        } else {
            String problem = price("trailing amount", s.auxPrice());
            if (problem != null) {
                return problem;
            }
        }
        return set(s.trailStopPrice()) ? price("trail stop price", s.trailStopPrice()) : null;
    }

    private static String price(String what, double p) {
        if (!Double.isFinite(p)) {
            return "The " + what + " is not a number: " + p;
        }
        if (!(p > 0)) {
            return "The " + what + " must be positive: " + p;
        }
        if (p > MAX_PRICE) {
            return "The " + what + " " + p + " exceeds the price limit of " + fmt(MAX_PRICE);
        }
        return null;
    }

    private static boolean set(double v) {
        return v != Wire.UNSET_DOUBLE && !Double.isNaN(v);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
