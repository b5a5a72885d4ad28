package org.bt4j.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.DateNum;
import org.bt4j.time.EpochNanos;
import org.bt4j.util.PyFormat;

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

    /** What was asked at creation: shared, immutable, by the live order and all its snapshots. */
    private static final class Spec {
        final int ref;
        final boolean buy;
        final OrderOwner owner;
        final DataFeed data;
        final double size;
        final ExecType execType;
        final int tradeId;
        final Order parent;
        final boolean transmit;
        final long valid;
        final SessionEnds sessionEnds;
        final Map<String, Object> info;
        final long createdDt;
        final double priceArg;
        final double plimitArg;
        final double createdPClose;
        final double trailAmount;
        final double trailPercent;
        final double limitOffset;

        Spec(int ref, boolean buy, OrderOwner owner, DataFeed data, double size, OrderArgs a, long createdDt,
             double createdPClose, double limitOffset, SessionEnds sessionEnds) {
            this.ref = ref;
            this.buy = buy;
            this.owner = owner;
            this.data = data;
            this.size = size;
            this.execType = a.exectype();
            this.tradeId = a.tradeId;
            this.parent = a.parent;
            this.transmit = a.transmit;
            this.info = a.info == null ? Collections.emptyMap() : Collections.unmodifiableMap(a.info);
            this.createdDt = createdDt;
            this.priceArg = a.price;
            this.plimitArg = a.plimit;
            this.createdPClose = createdPClose;
            this.trailAmount = a.trailAmount;
            this.trailPercent = a.trailPercent;
            this.limitOffset = limitOffset;
            this.valid = a.valid == null ? 0L : a.valid.resolve(createdDt, data.tz());
            this.sessionEnds = sessionEnds;
        }
    }

    private final Spec spec;
    /** Session end after creation; computed on first use (only Close orders and DAY checks need it). */
    private long dteos = NOT_COMPUTED;
    private double createdPrice;
    private double createdPriceLimit;

    private OrderStatus status = OrderStatus.Created;
    private boolean triggered;
    private boolean active;
    private double pannotated = Double.NaN;
    private int plen;
    private OrderExecution executed;
    private CommInfo commInfo;
    private final boolean snapshot;

    private Order(int ref, boolean buy, OrderOwner owner, DataFeed data, double unsignedSize, OrderArgs a,
                  SessionEnds sessionEnds) {
        if (!(unsignedSize > 0)) {
            throw new IllegalArgumentException("order size must be > 0, got " + unsignedSize);
        }
        double size = buy ? unsignedSize : -unsignedSize;
        double pclose = data.close(0);
        long createdDt = data.datetime(0);
        boolean noPrice = Double.isNaN(a.price) || a.price == 0.0;
        boolean noLimit = Double.isNaN(a.plimit) || a.plimit == 0.0;
        double price = noPrice && noLimit ? pclose : a.price;
        double start = Double.isNaN(price) ? pclose : price;
        double limitOffset = a.exectype().isTrailing() && !Double.isNaN(a.plimit) ? start - a.plimit : 0.0;
        this.spec = new Spec(ref, buy, owner, data, size, a, createdDt, pclose, limitOffset, sessionEnds);
        this.active = a.parent == null;
        this.snapshot = false;
        this.createdPrice = price;
        this.createdPriceLimit = a.plimit;
        if (spec.execType.isTrailing()) {
            this.createdPrice = buy ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            trailAdjust(start);
        }
        this.executed = new OrderExecution(size);
    }

    private Order(Order o) {
        spec = o.spec;
        dteos = o.dteos;
        createdPrice = o.createdPrice;
        createdPriceLimit = o.createdPriceLimit;
        status = o.status;
        triggered = o.triggered;
        active = o.active;
        pannotated = o.pannotated;
        plen = o.plen;
        executed = o.executed.snapshot(!o.status.isAlive());
        commInfo = o.commInfo;
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
            throw new IllegalStateException("order " + spec.ref + " is a notification snapshot and cannot change");
        }
    }

    /** {@link #executed()}, replaced by a copy first if a final notification shares it. */
    private OrderExecution changingExecuted() {
        OrderExecution e = executed.thawed();
        executed = e;
        return e;
    }

    /** Marks the order Submitted (broker use). */
    public void submit() {
        checkLive();
        status = OrderStatus.Submitted;
        plen = spec.data.len();
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
        changingExecuted().setDt(spec.data.datetime(0));
        return true;
    }

    /** Marks the order Canceled at the data's current bar (broker use). */
    public void cancel() {
        checkLive();
        status = OrderStatus.Canceled;
        changingExecuted().setDt(spec.data.datetime(0));
    }

    /** Marks the order Margin (not enough cash) at the data's current bar (broker use). */
    public void margin() {
        checkLive();
        status = OrderStatus.Margin;
        changingExecuted().setDt(spec.data.datetime(0));
    }

    /**
     * Expires the order if its validity has passed at the data's current bar (Market orders never
     * expire). Returns whether it expired (broker use).
     */
    public boolean expire() {
        return expire(spec.data.datetime(0));
    }

    /**
     * Expires the order if its validity has passed at {@code nanos} (UTC epoch nanoseconds: a live
     * broker passes the moment its broker ended the order, which may lie after the data's last bar),
     * stamped at the data's current bar. Returns whether it expired (broker use).
     */
    public boolean expire(long nanos) {
        checkLive();
        if (!validityPassed(nanos)) {
            return false;
        }
        status = OrderStatus.Expired;
        changingExecuted().setDt(spec.data.datetime(0));
        return true;
    }

    /**
     * Whether the order's validity has passed at {@code nanos}: it has one (not a Market order) and
     * {@code nanos} is strictly later. Changes nothing.
     */
    public boolean validityPassed(long nanos) {
        return spec.execType != ExecType.Market && spec.valid != 0L && nanos > spec.valid;
    }

    /** Records one fill and becomes Partial or Completed (broker use). */
    public void execute(ExecutionBit bit, double commMargin) {
        checkLive();
        if (bit.size() == 0) {
            return;
        }
        OrderExecution e = changingExecuted();
        e.add(bit);
        e.setMargin(commMargin);
        status = e.remsize != 0 ? OrderStatus.Partial : OrderStatus.Completed;
    }

    /**
     * backtrader's {@code addcomminfo}: the commission scheme that executed this order, recorded by
     * the broker with each fill (broker use).
     */
    public void addCommInfo(CommInfo ci) {
        checkLive();
        commInfo = ci;
    }

    /** The commission scheme of its executions; null before the first. */
    public CommInfo commInfo() {
        return commInfo;
    }

    /** Moves a trailing stop towards {@code price} (only in the favourable direction; broker use). */
    public void trailAdjust(double price) {
        double amount;
        if (spec.trailAmount != 0) {
            amount = spec.trailAmount;
        } else if (spec.trailPercent != 0) {
            amount = price * spec.trailPercent;
        } else {
            amount = 0.0;
        }
        if (spec.buy) {
            double p = price + amount;
            if (p < createdPrice) {
                createdPrice = p;
                if (spec.execType == ExecType.StopTrailLimit) {
                    createdPriceLimit = p - spec.limitOffset;
                }
            }
        } else {
            double p = price - amount;
            if (p > createdPrice) {
                createdPrice = p;
                if (spec.execType == ExecType.StopTrailLimit) {
                    createdPriceLimit = p - spec.limitOffset;
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
        return spec.ref;
    }

    public boolean isBuy() {
        return spec.buy;
    }

    public boolean isSell() {
        return !spec.buy;
    }

    public OrderOwner owner() {
        return spec.owner;
    }

    public DataFeed data() {
        return spec.data;
    }

    /** Signed size asked (negative for sells). */
    public double size() {
        return spec.size;
    }

    public ExecType execType() {
        return spec.execType;
    }

    public OrderStatus status() {
        return status;
    }

    /** Whether the order can still execute (Created, Submitted, Accepted, Partial). */
    public boolean isAlive() {
        return status.isAlive();
    }

    public int tradeId() {
        return spec.tradeId;
    }

    /** Bracket parent, or null. */
    public Order parent() {
        return spec.parent;
    }

    public boolean transmit() {
        return spec.transmit;
    }

    /** Expiry limit in epoch nanoseconds; 0 = never. */
    public long valid() {
        return spec.valid;
    }

    /** Session end following creation (Close orders fill there). */
    public long dteos() {
        long d = dteos;
        if (d == NOT_COMPUTED) {
            d = spec.sessionEnds != null ? spec.sessionEnds.after(spec.createdDt)
                    : nextSessionEnd(spec.createdDt, spec.data.tz(), spec.data.sessionEnd().toNanoOfDay());
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
        return spec.info;
    }

    /** Creation bar time (epoch nanoseconds). */
    public long createdDt() {
        return spec.createdDt;
    }

    /** The {@code price} argument as given, NaN when none. */
    public double priceArgument() {
        return spec.priceArg;
    }

    /** The {@code plimit} argument as given (what backtrader's {@code Order.__str__} prints), NaN when none. */
    public double plimitArgument() {
        return spec.plimitArg;
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
        return spec.createdPClose;
    }

    public double trailAmount() {
        return spec.trailAmount;
    }

    public double trailPercent() {
        return spec.trailPercent;
    }

    /**
     * What has been executed so far. Once the order reached a final status this is the execution its
     * final notification carries; a later change (a {@link #correctCommission commission correction})
     * is made on a copy that replaces it.
     */
    public OrderExecution executed() {
        return executed;
    }

    /**
     * Adds {@code delta} to {@link #executed()}'s commission: for a broker that delivered a fill with an
     * estimated commission and learns the real one later (IB's late commission reports). Notifications
     * and trades already delivered keep the estimate. Engine thread only; not on snapshots.
     */
    public void correctCommission(double delta) {
        if (snapshot) {
            throw new IllegalStateException("order " + spec.ref + " is a notification snapshot");
        }
        changingExecuted().correctCommission(delta);
    }

    /** Whether this object is a notification snapshot (immutable). */
    public boolean isSnapshot() {
        return snapshot;
    }

    /**
     * backtrader's {@code str(order)}, one field a line, so {@code print(order)} ports unchanged:
     * ref, side and status and execution type (each as its number, then its name), the size and the
     * price, limit and trail arguments (Python's {@code None} when not given), the commission scheme
     * (None before the first fill), the session end as backtrader's day number, the info, the
     * broker (None: a simulated order keeps none) and whether it is alive.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Ref: ").append(spec.ref);
        sb.append("\nOrdType: ").append(spec.buy ? 0 : 1).append("\nOrdType: ").append(spec.buy ? "Buy" : "Sell");
        sb.append("\nStatus: ").append(status.ordinal()).append("\nStatus: ").append(status);
        sb.append("\nSize: ").append(PyFormat.repr(spec.size));
        sb.append("\nPrice: ").append(pyNumber(spec.priceArg));
        sb.append("\nPrice Limit: ").append(pyNumber(spec.plimitArg));
        sb.append("\nTrailAmount: ").append(pyNumber(spec.trailAmount == 0 ? Double.NaN : spec.trailAmount));
        sb.append("\nTrailPercent: ").append(pyNumber(spec.trailPercent == 0 ? Double.NaN : spec.trailPercent));
        sb.append("\nExecType: ").append(spec.execType.ordinal()).append("\nExecType: ").append(spec.execType);
        sb.append("\nCommInfo: ").append(commInfo == null ? "None" : commInfo);
        sb.append("\nEnd of Session: ").append(PyFormat.repr(DateNum.date2num(EpochNanos.toLocalDateTime(dteos()))));
        sb.append("\nInfo: AutoOrderedDict(");
        if (!spec.info.isEmpty()) {
            sb.append('[');
            String sep = "";
            for (Map.Entry<String, Object> e : spec.info.entrySet()) {
                sb.append(sep).append("('").append(e.getKey()).append("', ").append(pyRepr(e.getValue())).append(')');
                sep = ", ";
            }
            sb.append(']');
        }
        sb.append(")\nBroker: None");
        sb.append("\nAlive: ").append(status.isAlive() ? "True" : "False");
        return sb.toString();
    }

    /** Python's repr of an optional number argument: None for NaN (not given). */
    private static String pyNumber(double x) {
        return Double.isNaN(x) ? "None" : PyFormat.repr(x);
    }

    private static String pyRepr(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof String) {
            return "'" + v + "'";
        } else if (v instanceof Double || v instanceof Float) {
            return PyFormat.repr(((Number) v).doubleValue());
        } else if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        return String.valueOf(v);
    }
}
