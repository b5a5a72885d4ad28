package org.bt4j.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What has been executed of an order so far (backtrader's {@code order.executed}): cumulative
 * signed size, average price, value, commission, pnl, the position after the last fill, the
 * remaining size, and every fill as an {@link ExecutionBit}. A snapshot handed to a strategy
 * also knows which bits are new since the previous snapshot ({@link #pending()}). Once an order
 * reaches a final status its execution no longer changes, so its final notification shares the
 * order's own execution instead of copying it ({@link #snapshot(boolean)}); should the order change after
 * all (a late commission report), it changes a copy. Engine thread only.
 */
public final class OrderExecution {

    /** Marker for "no time yet". */
    public static final long NO_DT = Long.MIN_VALUE;

    long dt = NO_DT;
    double size;
    double price;
    double value;
    double comm;
    double pnl;
    double margin = Double.NaN;
    double psize;
    double pprice;
    double remsize;
    /**
     * Fills in order, null until the first (most snapshots have none); shared with the snapshots. An
     * {@code ArrayList}, not a {@code List}: C1 (the one-shot JIT) calls an interface method of a
     * site that saw two list classes through an itable stub.
     */
    private ArrayList<ExecutionBit> bits;
    int p1;
    int p2;
    /** The last snapshot copy while nothing changed since (live executions only). */
    private OrderExecution lastCopy;
    /** Shared with a notification: must not change any more ({@link #thawed()} gives a changeable copy). */
    private boolean frozen;

    OrderExecution(double remsize) {
        this.remsize = remsize;
    }

    private OrderExecution(OrderExecution o) {
        dt = o.dt;
        size = o.size;
        price = o.price;
        value = o.value;
        comm = o.comm;
        pnl = o.pnl;
        margin = o.margin;
        psize = o.psize;
        pprice = o.pprice;
        remsize = o.remsize;
        bits = o.bits;
        p1 = o.p1;
        p2 = o.p2;
    }

    /**
     * An immutable execution whose pending range covers the bits added since the previous one: a
     * copy, or with {@code last} (the order reached a final status) this execution itself, frozen.
     */
    OrderExecution snapshot(boolean last) {
        int np1 = p2;
        int np2 = bits == null ? 0 : bits.size();
        OrderExecution c = lastCopy;
        if (c != null && c.p1 == np1 && c.p2 == np2) {
            return c; // nothing changed since the last copy: copies are immutable, share it
        }
        if (last && !frozen) {
            p1 = np1;
            p2 = np2;
            frozen = true;
            lastCopy = this;
            return this;
        }
        c = new OrderExecution(this);
        c.p1 = np1;
        c.p2 = np2;
        if (!frozen) {
            p1 = np1;
            p2 = np2;
        } // frozen: no bit can have been added, so the next range starts at p2 again and matches c
        lastCopy = c;
        return c;
    }

    /** This execution if it may change, else a changeable copy of it (same values, fills and range). */
    OrderExecution thawed() {
        return frozen ? new OrderExecution(this) : this;
    }

    private void changing() {
        if (frozen) {
            throw new IllegalStateException("an execution shared with a notification cannot change");
        }
        lastCopy = null;
    }

    void setDt(long t) {
        changing();
        dt = t;
    }

    void setMargin(double m) {
        changing();
        margin = m;
    }

    void add(ExecutionBit bit) {
        changing();
        remsize -= bit.size();
        if (bits == null) {
            bits = new ArrayList<>(2);
        }
        bits.add(bit);
        dt = bit.dt();
        double oldValue = size * price;
        double newValue = bit.size() * bit.price();
        size += bit.size();
        price = (oldValue + newValue) / size;
        value += bit.value();
        comm += bit.comm();
        pnl += bit.pnl();
        psize = bit.psize();
        pprice = bit.pprice();
    }

    /** Adds {@code delta} to the commission (a broker learning the real commission after the fill). */
    void correctCommission(double delta) {
        changing();
        comm += delta;
    }

    /** Time of the last fill or of the final status change; {@link #NO_DT} when none. */
    public long dt() {
        return dt;
    }

    /** Whether {@link #dt()} is set. */
    public boolean hasDt() {
        return dt != NO_DT;
    }

    /** Signed size filled so far. */
    public double size() {
        return size;
    }

    /** Average fill price (0 when nothing filled). */
    public double price() {
        return price;
    }

    /** Value of all fills. */
    public double value() {
        return value;
    }

    /** Commission paid so far. */
    public double comm() {
        return comm;
    }

    /** Realised pnl of all fills. */
    public double pnl() {
        return pnl;
    }

    /** Margin per contract of the commission scheme (NaN for stock-like). */
    public double margin() {
        return margin;
    }

    /** Position size after the last fill. */
    public double psize() {
        return psize;
    }

    /** Position price after the last fill. */
    public double pprice() {
        return pprice;
    }

    /** Signed size still to fill. */
    public double remsize() {
        return remsize;
    }

    /** Every fill so far. */
    public List<ExecutionBit> bits() {
        return bits == null ? List.of() : Collections.unmodifiableList(bits);
    }

    /** Number of fills added since the previous snapshot (for a notified snapshot). */
    public int pendingCount() {
        return p2 - p1;
    }

    /** Fill {@code i} (0-based) of those added since the previous snapshot; allocation-free. */
    public ExecutionBit pendingBit(int i) {
        if (i < 0 || i >= p2 - p1) {
            throw new IndexOutOfBoundsException("pending fill " + i + " of " + (p2 - p1));
        }
        return bits.get(p1 + i);
    }

    /** The fills added since the previous snapshot (for a notified snapshot). */
    public List<ExecutionBit> pending() {
        return p1 == p2 ? List.of() : Collections.unmodifiableList(bits.subList(p1, p2));
    }
}
