package org.bt4j.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import org.bt4j.feed.DataFeed;

/**
 * An order, as backtrader models it: ref, side, signed size (negative for sells), execution
 * type, status, what was asked at creation ({@code created*}) and what has been executed
 * ({@link #executed()}), validity, OCO/bracket links and free-form info. Broker-neutral: the
 * simulated {@code BackBroker} and a live broker both drive it through the broker-side methods
 * ({@link #submit()}, {@link #accept()}, {@link #execute}, ...). Strategies receive immutable
 * snapshots ({@link #snapshot()}). Engine thread only.
 */
public final class Order {

    private static final long NOT_COMPUTED = Long.MIN_VALUE;

    private final int ref;
    private final boolean buy;
    private final OrderOwner owner;
    private final DataFeed data;
    private final double size;
    private final ExecType execType;
    private final int tradeId;
    private final Order parent;
    private final boolean transmit;
    private final long valid;
    /** Session end after creation; computed on first use (only Close orders and DAY checks need it). */
    private long dteos = NOT_COMPUTED;
    private final SessionEnds sessionEnds;
    private final Map<String, Object> info;

    private final long createdDt;
    private final double priceArg;
    private double createdPrice;
    private double createdPriceLimit;
    private final double createdPClose;
    private final double trailAmount;
    private final double trailPercent;
    private final double limitOffset;

    private OrderStatus status = OrderStatus.Created;
    private boolean triggered;
    private boolean active;
    private double pannotated = Double.NaN;
    private int plen;
    private OrderExecution executed;
    private final boolean snapshot;

    private Order(int ref, boolean buy, OrderOwner owner, DataFeed data, double unsignedSize, OrderArgs a,
                  SessionEnds sessionEnds) {
        if (!(unsignedSize > 0)) {
            throw new IllegalArgumentException("order size must be > 0, got " + unsignedSize);
        }
        this.ref = ref;
        this.buy = buy;
        this.owner = owner;
        this.data = data;
        this.size = buy ? unsignedSize : -unsignedSize;
        this.execType = a.exectype();
        this.tradeId = a.tradeId;
        this.parent = a.parent;
        this.transmit = a.transmit;
        this.info = a.info == null ? Collections.emptyMap() : Collections.unmodifiableMap(a.info);
        this.active = a.parent == null;
        this.snapshot = false;

        double pclose = data.close().get(0);
        this.createdDt = data.datetime(0);
        this.priceArg = a.price;
        boolean noPrice = Double.isNaN(a.price) || a.price == 0.0;
        boolean noLimit = Double.isNaN(a.plimit) || a.plimit == 0.0;
        this.createdPrice = noPrice && noLimit ? pclose : a.price;
        this.createdPriceLimit = a.plimit;
        this.createdPClose = pclose;
        this.trailAmount = a.trailAmount;
        this.trailPercent = a.trailPercent;
        if (execType.isTrailing()) {
            double start = Double.isNaN(createdPrice) ? pclose : createdPrice;
            this.limitOffset = Double.isNaN(createdPriceLimit) ? 0.0 : start - createdPriceLimit;
            this.createdPrice = buy ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            trailAdjust(start);
        } else {
            this.limitOffset = 0.0;
        }
        this.executed = new OrderExecution(size);
        ZoneId tz = data.tz();
        this.valid = a.valid == null ? 0L : a.valid.resolve(createdDt, tz);
        this.sessionEnds = sessionEnds;
    }

    private Order(Order o) {
        ref = o.ref;
        buy = o.buy;
        owner = o.owner;
        data = o.data;
        size = o.size;
        execType = o.execType;
        tradeId = o.tradeId;
        parent = o.parent;
        transmit = o.transmit;
        valid = o.valid;
        dteos = o.dteos;
        sessionEnds = o.sessionEnds;
        info = o.info;
        createdDt = o.createdDt;
        priceArg = o.priceArg;
        createdPrice = o.createdPrice;
        createdPriceLimit = o.createdPriceLimit;
        createdPClose = o.createdPClose;
        trailAmount = o.trailAmount;
        trailPercent = o.trailPercent;
        limitOffset = o.limitOffset;
        status = o.status;
        triggered = o.triggered;
        active = o.active;
        pannotated = o.pannotated;
        plen = o.plen;
        executed = o.executed.snapshot();
        snapshot = true;
    }

    /**
     * Creates an order on the current bar of {@code data} (its close and time are the creation
     * reference). Called by brokers.
     *
     * @param ref          the run's order reference (1, 2, ...)
     * @param unsignedSize size &gt; 0; the side gives the sign
     */
    public static Order create(int ref, boolean buy, OrderOwner owner, DataFeed data, double unsignedSize,
                               OrderArgs args) {
        return new Order(ref, buy, owner, data, unsignedSize, args, null);
    }

    /**
     * Same as {@link #create(int, boolean, OrderOwner, DataFeed, double, OrderArgs)}, taking the
     * session end from {@code sessionEnds} (a per-data cache the broker keeps for {@code data}).
     */
    public static Order create(int ref, boolean buy, OrderOwner owner, DataFeed data, double unsignedSize,
                               OrderArgs args, SessionEnds sessionEnds) {
        return new Order(ref, buy, owner, data, unsignedSize, args, sessionEnds);
    }

    /** The first session end at or after {@code nanos}, in zone {@code tz}. */
    static long nextSessionEnd(long nanos, ZoneId tz, long sessionEndNanoOfDay) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        LocalDateTime local = LocalDateTime.ofInstant(at, tz);
        LocalDateTime eos = local.toLocalDate().atTime(LocalTime.ofNanoOfDay(sessionEndNanoOfDay));
        if (eos.isBefore(local)) {
            eos = eos.plusDays(1);
        }
        Instant e = eos.atZone(tz).toInstant();
        return e.getEpochSecond() * 1_000_000_000L + e.getNano();
    }

    /** The session end before {@code end} (itself a session end), in zone {@code tz}. */
    static long previousSessionEnd(long end, ZoneId tz, long sessionEndNanoOfDay) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(end, 1_000_000_000L), Math.floorMod(end, 1_000_000_000L));
        LocalDateTime local = LocalDateTime.ofInstant(at, tz).toLocalDate().minusDays(1)
                .atTime(LocalTime.ofNanoOfDay(sessionEndNanoOfDay));
        Instant e = local.atZone(tz).toInstant();
        return e.getEpochSecond() * 1_000_000_000L + e.getNano();
    }

    /** An immutable copy for notification, carrying the fills added since the last snapshot. */
    public Order snapshot() {
        return new Order(this);
    }

    // ---- broker-side state changes -------------------------------------------------------

    private void checkLive() {
        if (snapshot) {
            throw new IllegalStateException("order " + ref + " is a notification snapshot and cannot change");
        }
    }

    /** Marks the order Submitted (broker use). */
    public void submit() {
        checkLive();
        status = OrderStatus.Submitted;
        plen = data.len();
    }

    /** Marks the order Accepted (broker use). */
    public void accept() {
        checkLive();
        status = OrderStatus.Accepted;
    }

    /** Marks the order Rejected at the data's current bar; false if it already was (broker use). */
    public boolean reject() {
        checkLive();
        if (status == OrderStatus.Rejected) {
            return false;
        }
        status = OrderStatus.Rejected;
        executed.dt = data.datetime(0);
        return true;
    }

    /** Marks the order Canceled at the data's current bar (broker use). */
    public void cancel() {
        checkLive();
        status = OrderStatus.Canceled;
        executed.dt = data.datetime(0);
    }

    /** Marks the order Margin (not enough cash) at the data's current bar (broker use). */
    public void margin() {
        checkLive();
        status = OrderStatus.Margin;
        executed.dt = data.datetime(0);
    }

    /**
     * Expires the order if its validity has passed at the data's current bar (Market orders never
     * expire). Returns whether it expired (broker use).
     */
    public boolean expire() {
        checkLive();
        if (execType == ExecType.Market) {
            return false;
        }
        long now = data.datetime(0);
        if (valid != 0L && now > valid) {
            status = OrderStatus.Expired;
            executed.dt = now;
            return true;
        }
        return false;
    }

    /** Records one fill and becomes Partial or Completed (broker use). */
    public void execute(ExecutionBit bit, double commMargin) {
        checkLive();
        if (bit.size() == 0) {
            return;
        }
        executed.add(bit);
        executed.margin = commMargin;
        status = executed.remsize != 0 ? OrderStatus.Partial : OrderStatus.Completed;
    }

    /** Moves a trailing stop towards {@code price} (only in the favourable direction; broker use). */
    public void trailAdjust(double price) {
        double amount;
        if (trailAmount != 0) {
            amount = trailAmount;
        } else if (trailPercent != 0) {
            amount = price * trailPercent;
        } else {
            amount = 0.0;
        }
        if (buy) {
            double p = price + amount;
            if (p < createdPrice) {
                createdPrice = p;
                if (execType == ExecType.StopTrailLimit) {
                    createdPriceLimit = p - limitOffset;
                }
            }
        } else {
            double p = price - amount;
            if (p > createdPrice) {
                createdPrice = p;
                if (execType == ExecType.StopTrailLimit) {
                    createdPriceLimit = p - limitOffset;
                }
            }
        }
    }

    /** Activates a bracket child once its parent completed (broker use). */
    public void activate() {
        checkLive();
        active = true;
    }

    /** Marks a StopLimit as triggered (broker use). */
    public void setTriggered() {
        checkLive();
        triggered = true;
    }

    /** Close orders: last close seen before the session end, NaN for none (broker use). */
    public void setPannotated(double price) {
        checkLive();
        pannotated = price;
    }

    // ---- read side -----------------------------------------------------------------------

    public int ref() {
        return ref;
    }

    public boolean isBuy() {
        return buy;
    }

    public boolean isSell() {
        return !buy;
    }

    public OrderOwner owner() {
        return owner;
    }

    public DataFeed data() {
        return data;
    }

    /** Signed size asked (negative for sells). */
    public double size() {
        return size;
    }

    public ExecType execType() {
        return execType;
    }

    public OrderStatus status() {
        return status;
    }

    /** Whether the order can still execute (Created, Submitted, Accepted, Partial). */
    public boolean isAlive() {
        return status.isAlive();
    }

    public int tradeId() {
        return tradeId;
    }

    /** Bracket parent, or null. */
    public Order parent() {
        return parent;
    }

    public boolean transmit() {
        return transmit;
    }

    /** Expiry limit in epoch nanoseconds; 0 = never. */
    public long valid() {
        return valid;
    }

    /** Session end following creation (Close orders fill there). */
    public long dteos() {
        long d = dteos;
        if (d == NOT_COMPUTED) {
            d = sessionEnds != null ? sessionEnds.after(createdDt)
                    : nextSessionEnd(createdDt, data.tz(), data.sessionEnd().toNanoOfDay());
            dteos = d;
        }
        return d;
    }

    public boolean isTriggered() {
        return triggered;
    }

    /** Whether the broker may match it (bracket children wait for their parent). */
    public boolean isActive() {
        return active;
    }

    public double pannotated() {
        return pannotated;
    }

    /** Data length when submitted. */
    public int plen() {
        return plen;
    }

    /** Free-form info given at creation. */
    public Map<String, Object> info() {
        return info;
    }

    /** Creation bar time (epoch nanoseconds). */
    public long createdDt() {
        return createdDt;
    }

    /** The {@code price} argument as given, NaN when none. */
    public double priceArgument() {
        return priceArg;
    }

    /** Working price: the price argument, the creation close when none, or the trailing stop level. */
    public double createdPrice() {
        return createdPrice;
    }

    /** Limit price of StopLimit / StopTrailLimit orders (NaN when none). */
    public double createdPriceLimit() {
        return createdPriceLimit;
    }

    /** Close of the creation bar. */
    public double createdPClose() {
        return createdPClose;
    }

    public double trailAmount() {
        return trailAmount;
    }

    public double trailPercent() {
        return trailPercent;
    }

    /** What has been executed so far. */
    public OrderExecution executed() {
        return executed;
    }

    /** Whether this object is a notification snapshot (immutable). */
    public boolean isSnapshot() {
        return snapshot;
    }

    @Override
    public String toString() {
        return "Order[ref=" + ref + ", " + (buy ? "buy" : "sell") + ", " + execType + ", size=" + size
                + ", status=" + status + "]";
    }
}
