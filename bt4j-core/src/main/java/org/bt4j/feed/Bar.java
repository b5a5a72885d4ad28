package org.bt4j.feed;

/**
 * One bar in flight: a reusable, mutable scratch record that readers fill and feeds copy into
 * their lines, so that loading a bar allocates nothing. {@code time} is the bar's end in UTC epoch
 * nanoseconds. Not thread-safe; owned by one feed.
 */
public final class Bar {

    /** Bar end, UTC epoch nanoseconds. */
    public long time;
    /** Prices, volume and open interest. */
    public double open, high, low, close, volume, openInterest;

    /** Sets every field. */
    public Bar set(long time, double open, double high, double low, double close, double volume, double openInterest) {
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.openInterest = openInterest;
        return this;
    }

    /** Copies every field of {@code other}. */
    public Bar set(Bar other) {
        return set(other.time, other.open, other.high, other.low, other.close, other.volume, other.openInterest);
    }

    /** Copies the current bar ({@code ago} = 0) or an older one of {@code feed}. */
    public Bar set(DataFeed feed, int ago) {
        return set(feed.datetime(ago), feed.open().get(ago), feed.high().get(ago), feed.low().get(ago),
            feed.close().get(ago), feed.volume().get(ago), feed.openInterest().get(ago));
    }

    @Override
    public String toString() {
        return "Bar[" + org.bt4j.time.EpochNanos.toLocalDateTime(time) + "Z o=" + open + " h=" + high + " l=" + low
            + " c=" + close + " v=" + volume + " oi=" + openInterest + "]";
    }
}
