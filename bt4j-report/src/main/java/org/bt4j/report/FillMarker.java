package org.bt4j.report;

/**
 * A buy or sell execution on a data, drawn as backtrader's {@code BuySell} observer does: a
 * triangle at the execution price of the bar it happened on. Immutable value.
 *
 * @param bar   index of the bar in its data (0 = first bar)
 * @param buy   true for a buy, false for a sell
 * @param price the execution price
 * @param size  the executed size (unsigned or signed; only its magnitude is shown)
 */
public record FillMarker(int bar, boolean buy, double price, double size) {

    /** Checks the arguments. */
    public FillMarker {
        if (bar < 0) {
            throw new IllegalArgumentException("bar index must be >= 0, got " + bar);
        }
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("fill price must be finite, got " + price);
        }
    }
}
