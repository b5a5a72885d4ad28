package org.bt4j.ib.data;

/**
 * Parses IB's RTVolume string (generic tick 233, tick type 48):
 * {@code price;size;epochMillis;totalVolume;vwap;singleTrade}. A string without a price (a
 * size-only update) is not a trade. Stateless; allocation-free apart from the caller's lambda.
 */
public final class RtVolume {

    /** Receives one trade. */
    @FunctionalInterface
    public interface Trade {
        /** A trade at {@code timeNanos} (UTC epoch), of {@code size} at {@code price}. */
        void accept(long timeNanos, double price, double size);
    }

    private RtVolume() {
    }

    /** Calls {@code sink} when {@code value} holds a trade; returns whether it did. */
    public static boolean parse(String value, Trade sink) {
        int a = value.indexOf(';');
        if (a <= 0) {
            return false;
        }
        int b = value.indexOf(';', a + 1);
        if (b < 0) {
            return false;
        }
        int c = value.indexOf(';', b + 1);
        String time = c < 0 ? value.substring(b + 1) : value.substring(b + 1, c);
        try {
            double price = Double.parseDouble(value.substring(0, a));
            double size = a + 1 == b ? 0.0 : Double.parseDouble(value.substring(a + 1, b));
            long ms = Long.parseLong(time.trim());
            sink.accept(ms * 1_000_000L, price, size);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
