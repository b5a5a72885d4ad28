package org.bt4j.broker;

/**
 * The position in one data (backtrader's {@code Position}): signed size and average price.
 * Increases re-average the price, reductions keep it, a reversal takes the fill price, flat means
 * price 0. Each {@link #update} records how much it {@link #opened()} and {@link #closed()}.
 * Engine thread only.
 */
public final class Position {

    private double size;
    private double price;
    private double priceOrig;
    private double opened;
    private double closed;
    private double adjbase = Double.NaN;
    private long datetime = Long.MIN_VALUE;

    /** A flat position. */
    public Position() {
    }

    /** A position of {@code size} at {@code price}. */
    public Position(double size, double price) {
        this.size = size;
        this.price = size == 0 ? 0.0 : price;
    }

    /** Copies every field of {@code o} into this one. */
    public void copyFrom(Position o) {
        size = o.size;
        price = o.price;
        priceOrig = o.priceOrig;
        opened = o.opened;
        closed = o.closed;
        adjbase = o.adjbase;
        datetime = o.datetime;
    }

    /** An independent copy. */
    public Position copy() {
        Position p = new Position();
        p.copyFrom(this);
        return p;
    }

    /**
     * Applies a fill of signed {@code delta} at {@code fillPrice}; afterwards {@link #opened()}
     * and {@link #closed()} tell how it split.
     */
    public void update(double delta, double fillPrice) {
        priceOrig = price;
        double oldSize = size;
        size += delta;
        if (size == 0) {
            opened = 0;
            closed = delta;
            price = 0.0;
        } else if (oldSize == 0) {
            opened = delta;
            closed = 0;
            price = fillPrice;
        } else if (oldSize > 0) {
            if (delta > 0) {
                opened = delta;
                closed = 0;
                price = (price * oldSize + delta * fillPrice) / size;
            } else if (size > 0) {
                opened = 0;
                closed = delta;
            } else {
                opened = size;
                closed = -oldSize;
                price = fillPrice;
            }
        } else {
            if (delta < 0) {
                opened = delta;
                closed = 0;
                price = (price * oldSize + delta * fillPrice) / size;
            } else if (size < 0) {
                opened = 0;
                closed = delta;
            } else {
                opened = size;
                closed = -oldSize;
                price = fillPrice;
            }
        }
    }

    /** Same as {@link #update(double, double)}, also stamping the update time. */
    public void update(double delta, double fillPrice, long dtNanos) {
        datetime = dtNanos;
        update(delta, fillPrice);
    }

    public double size() {
        return size;
    }

    public double price() {
        return price;
    }

    /** Price before the last update. */
    public double priceOrig() {
        return priceOrig;
    }

    /** Signed size opened by the last update. */
    public double opened() {
        return opened;
    }

    /** Signed size closed by the last update. */
    public double closed() {
        return closed;
    }

    public boolean isFlat() {
        return size == 0;
    }

    public boolean isLong() {
        return size > 0;
    }

    public boolean isShort() {
        return size < 0;
    }

    /** Mark-to-market reference price for futures (NaN before the first fill). */
    public double adjbase() {
        return adjbase;
    }

    void adjbase(double p) {
        adjbase = p;
    }

    /** Time of the last update or interest charge (epoch nanoseconds). */
    public long datetime() {
        return datetime;
    }

    void datetime(long nanos) {
        datetime = nanos;
    }

    @Override
    public String toString() {
        return "Position[size=" + size + ", price=" + price + "]";
    }
}
