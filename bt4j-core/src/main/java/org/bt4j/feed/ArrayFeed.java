package org.bt4j.feed;

/**
 * An in-memory feed over arrays: bar end times (UTC epoch nanoseconds, strictly increasing) and
 * open, high, low, close, volume and open interest of equal length. The arrays are copied, so
 * later changes by the caller do not leak in. Engine thread only.
 */
public final class ArrayFeed extends SourceFeed {

    private final long[] times;
    private final double[] open, high, low, close, volume, openInterest;
    private int next;

    private ArrayFeed(long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume,
                      double[] openInterest) {
        this.times = times;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.openInterest = openInterest;
    }

    /**
     * A feed of {@code times.length} bars; {@code openInterest} may be null (zeros).
     *
     * @throws IllegalArgumentException when lengths differ or times do not strictly increase
     */
    public static ArrayFeed of(String name, long[] times, double[] open, double[] high, double[] low, double[] close,
                               double[] volume, double[] openInterest) {
        int n = times.length;
        double[] oi = openInterest == null ? new double[n] : openInterest;
        double[][] all = {open, high, low, close, volume, oi};
        String[] names = {"open", "high", "low", "close", "volume", "openInterest"};
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null || all[i].length != n) {
                throw new IllegalArgumentException(names[i] + " must have " + n + " values (one per time), got "
                    + (all[i] == null ? "null" : all[i].length));
            }
        }
        for (int i = 1; i < n; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times must strictly increase: index " + i + " (" + times[i]
                    + ") is not after index " + (i - 1) + " (" + times[i - 1] + ")");
            }
        }
        ArrayFeed feed = new ArrayFeed(times.clone(), open.clone(), high.clone(), low.clone(), close.clone(),
            volume.clone(), oi.clone());
        feed.name(name);
        return feed;
    }

    /** Number of bars held. */
    public int barCount() {
        return times.length;
    }

    @Override
    protected boolean read(Bar bar) {
        if (next >= times.length) {
            return false;
        }
        int i = next++;
        bar.set(times[i], open[i], high[i], low[i], close[i], volume[i], openInterest[i]);
        return true;
    }

    @Override
    public String toString() {
        return "ArrayFeed[" + name() + ", " + times.length + " bars]";
    }
}
