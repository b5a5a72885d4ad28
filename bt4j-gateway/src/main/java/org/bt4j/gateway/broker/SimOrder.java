package org.bt4j.gateway.broker;

import org.bt4j.gateway.market.Instrument;
import org.bt4j.ib.wire.Order;

/**
 * One order working in the simulated market: the client's order as last placed (or modified)
 * plus its state (status, cumulative fill, average price, stop trigger, trailing level).
 * Mutable; owned by the gateway thread.
 */
public final class SimOrder {

    private final Instrument instrument;
    private final long permId;
    private final long createdNanos;
    private Order spec;
    private OrderStatus status = OrderStatus.PendingSubmit;
    private double filled;
    private double avgFillPrice;
    private double lastFillPrice;
    private double commission;
    private boolean transmitted;
    private boolean triggered;
    private double trailLevel = Double.NaN;
    private long expiresNanos = Long.MAX_VALUE;
    private long completedNanos;
    private String whyHeld = "";

    /** A new order; {@code spec.permId()} is ignored in favour of {@code permId}. */
    public SimOrder(Instrument instrument, Order spec, long permId, long createdNanos) {
        this.instrument = instrument;
        this.spec = spec;
        this.permId = permId;
        this.createdNanos = createdNanos;
    }

    public Instrument instrument() { return instrument; }
    public Order spec() { return spec; }
    public int orderId() { return spec.orderId(); }
    public int clientId() { return spec.clientId(); }
    public long permId() { return permId; }
    public long createdNanos() { return createdNanos; }
    public OrderStatus status() { return status; }
    public double filled() { return filled; }
    public double remaining() { return Math.max(0, spec.totalQuantity() - filled); }
    public double avgFillPrice() { return avgFillPrice; }
    public double lastFillPrice() { return lastFillPrice; }
    /** Commission charged so far. */
    public double commission() { return commission; }
    public boolean transmitted() { return transmitted; }
    public boolean triggered() { return triggered; }
    /** Current stop level of a trailing order (NaN until known). */
    public double trailLevel() { return trailLevel; }
    public long expiresNanos() { return expiresNanos; }
    public long completedNanos() { return completedNanos; }
    public String whyHeld() { return whyHeld; }
    /** True for BUY. */
    public boolean isBuy() { return spec.action().equalsIgnoreCase("BUY"); }
    /** Normalised order type: MKT, LMT, STP, STP LMT, MOC, TRAIL, TRAIL LIMIT. */
    public String type() { return OrderTypes.normalise(spec.orderType()); }

    void spec(Order s) { spec = s; }
    void status(OrderStatus s, long now) {
        status = s;
        if (s.isDone() && completedNanos == 0) {
            completedNanos = now;
        }
    }
    void transmitted(boolean t) { transmitted = t; }
    void triggered(boolean t) { triggered = t; }
    void trailLevel(double v) { trailLevel = v; }
    void expiresNanos(long v) { expiresNanos = v; }
    void whyHeld(String s) { whyHeld = s; }

    /** Records a fill and returns the new cumulative quantity. */
    double fill(double qty, double price, double commissionDelta) {
        double cum = filled + qty;
        avgFillPrice = (avgFillPrice * filled + price * qty) / cum;
        filled = cum;
        lastFillPrice = price;
        commission += commissionDelta;
        return cum;
    }

    /** Captures the order's state; running the result puts it back (a change that could not be saved). */
    Runnable checkpoint() {
        Order s0 = spec;
        OrderStatus st0 = status;
        double f0 = filled;
        double avg0 = avgFillPrice;
        double last0 = lastFillPrice;
        double comm0 = commission;
        boolean tx0 = transmitted;
        boolean trig0 = triggered;
        double trail0 = trailLevel;
        long exp0 = expiresNanos;
        long done0 = completedNanos;
        String why0 = whyHeld;
        return () -> {
            spec = s0;
            restore(st0, f0, avg0, last0, comm0, tx0, trig0, trail0, exp0, done0);
            whyHeld = why0;
        };
    }

    /** Restores persisted state (used by the state store only). */
    public void restore(OrderStatus s, double filled, double avg, double last, double commission, boolean transmitted,
                 boolean triggered, double trail, long expires, long completed) {
        this.status = s;
        this.filled = filled;
        this.avgFillPrice = avg;
        this.lastFillPrice = last;
        this.commission = commission;
        this.transmitted = transmitted;
        this.triggered = triggered;
        this.trailLevel = trail;
        this.expiresNanos = expires;
        this.completedNanos = completed;
    }

    @Override
    public String toString() {
        return "order " + spec.orderId() + "/" + spec.clientId() + " " + spec.action() + " " + spec.totalQuantity() + " "
                + instrument.localSymbol() + " " + spec.orderType() + " " + status + " filled " + filled;
    }
}
