package org.bt4j.testkit;

import org.bt4j.feed.ArrayFeed;

/**
 * Tiny hand-written daily feeds for unit tests: bar i ends at 2006-01-02T23:59:59.99999 UTC plus
 * i days (backtrader's end-of-day stamp). Test use only; each call returns a fresh feed.
 */
public final class DailyBars {

    /** One day in nanoseconds. */
    public static final long DAY = 86_400_000_000_000L;
    /** End of the first bar: 2006-01-02T23:59:59.99999 UTC. */
    public static final long T0 = 1_136_246_399_999_990_000L;

    private DailyBars() {
    }

    /** A feed whose bar i has open = high = low = close = {@code closes[i]} and volume 1000. */
    public static ArrayFeed closes(double... closes) {
        double[] vol = new double[closes.length];
        java.util.Arrays.fill(vol, 1000);
        return ArrayFeed.of("d", times(closes.length), closes, closes, closes, closes, vol, null);
    }

    /** A feed of rows {open, high, low, close, volume}. */
    public static ArrayFeed ohlcv(double[]... rows) {
        int n = rows.length;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 5; k++) {
                cols[k][i] = rows[i][k];
            }
        }
        return ArrayFeed.of("d", times(n), cols[0], cols[1], cols[2], cols[3], cols[4], null);
    }

    /** Starts {@code feed} and steps it onto its bar number {@code bars} (1-based); returns it. */
    public static ArrayFeed at(ArrayFeed feed, int bars) {
        feed.start();
        for (int i = 0; i < bars; i++) {
            if (!feed.next()) {
                throw new IllegalArgumentException("feed has fewer than " + bars + " bars");
            }
        }
        return feed;
    }

    /** Steps an already started {@code feed} one bar on. */
    public static void step(ArrayFeed feed) {
        if (!feed.next()) {
            throw new IllegalStateException("no more bars");
        }
    }

    private static long[] times(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * DAY;
        }
        return t;
    }
}
