package org.bt4j.bench.compare;

import org.bt4j.util.PyFormat;

/**
 * What a run of the reference strategy BT-SMACROSS-10-30 produced: closed trades, completed
 * orders, the final position, cash and portfolio value. Immutable.
 *
 * @param closedTrades    trades opened and closed
 * @param completedOrders orders filled
 * @param position        units held at the end
 * @param finalCash       broker cash at the end
 * @param finalValue      cash plus the position valued at the last close
 */
public record SmaCrossResult(int closedTrades, int completedOrders, double position, double finalCash,
                             double finalValue) {

    /**
     * Whether this run equals {@code expected}: trades, orders and position exactly, cash and
     * value by the golden comparison rule (relative or absolute 1e-9, whichever is looser).
     */
    public boolean matches(SmaCrossResult expected) {
        return closedTrades == expected.closedTrades
            && completedOrders == expected.completedOrders
            && position == expected.position
            && close(finalCash, expected.finalCash)
            && close(finalValue, expected.finalValue);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
    }

    @Override
    public String toString() {
        return "trades=" + closedTrades + " orders=" + completedOrders + " position=" + PyFormat.repr(position)
            + " cash=" + PyFormat.fixed(finalCash, 2) + " value=" + PyFormat.fixed(finalValue, 2);
    }
}
