package org.bt4j.gateway.broker;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.Wire;

/**
 * The simulated exchange: validates, holds and matches orders against the tape. Market orders
 * take the touch; limits fill when the touch reaches them; stops trigger on trade prints (on the
 * midpoint for quote-only instruments); trailing stops follow the best print; MOC orders fill at
 * the liquid-session close, OPG orders (MKT or LMT with time in force OPG) at its open. An order
 * takes the book level by level, {@code bookLevels} deep: level k is k ticks through the touch and
 * holds k + 1 times the size quoted at the touch; each level is a separate fill of at most that size
 * (times the participation) unless partial fills are disabled, and a limit stops the walk. Time
 * in force DAY (until the session close), GTC, GTD, OPG; OCA groups (type 1 cancels the others, 2/3 reduce them); brackets (children wait for
 * their parent's fill, untransmitted orders wait for a transmitting sibling, siblings are
 * one-cancels-other). Commissions follow {@link CommissionModel} on the order's cumulative fill;
 * the {@link Account} is updated by every fill. Not thread-safe: gateway thread only.
 */
public final class MatchingEngine {

    /** Receives every order event; called on the gateway thread. */
    public interface Listener {
        /** The order's status or contents changed (send openOrder/orderStatus). */
        void orderUpdated(SimOrder order);

        /** An execution happened (send execDetails, commissionReport, orderStatus, account updates). */
        void filled(SimOrder order, Fill fill);

        /** The order was cancelled: by the client ({@code expired} false), or by its time in force. */
        void cancelled(SimOrder order, boolean expired, String reason);

        /** A request about {@code orderId} of {@code clientId} failed with a TWS error. */
        void orderError(int clientId, int orderId, int code, String text);
    }

    /**
     * Persists state changes, each one durable and atomic before it returns; called on the gateway
     * thread. A write that fails throws {@link StateWriteException} and changes nothing on disk; the
     * matching engine then undoes the change in memory too.
     */
    public interface StateSink {
        /** Saves the order's current state. */
        void saveOrder(SimOrder order);

        /**
         * Saves one fill as one transaction: the execution with its commission, the order's new
         * filled quantity and status, the position and the cash it changed, the next execution
         * number, and the {@code linked} orders the fill changed (OCA peers and bracket siblings
         * cancelled or reduced, bracket children released).
         */
        void saveFill(SimOrder order, Fill fill, Account account, long nextExecSeq, List<SimOrder> linked);
    }

    private final Account account;
    private final Map<String, Account> linkedAccounts = new LinkedHashMap<>();
    private final CommissionModel commissions;
    private final Listener listener;
    private final ZoneId twsZone;
    private final boolean partialFills;
    private final double participation;
    private final int bookLevels;
    private final boolean enforceRth;
    private final Map<Long, SimOrder> byPerm = new LinkedHashMap<>();
    private final Map<Long, SimOrder> byClientOrder = new HashMap<>();
    private final Map<Integer, Integer> lastOrderId = new HashMap<>();
    private StateSink sink = new StateSink() {
        @Override public void saveOrder(SimOrder order) { }
        @Override public void saveFill(SimOrder order, Fill fill, Account account, long nextExecSeq,
                                       List<SimOrder> linked) { }
    };
    private long nextPermId = 1_376_327_563L;
    private long nextExecSeq = 1;
    private final int execPrefix;
    private String rejectReason;

    /**
     * @param account       the paper account fills go to
     * @param commissions   commission schedule
     * @param listener      receiver of order events
     * @param twsZone       zone for GTD times without a zone
     * @param partialFills  true to fill at most the quoted size per tape event
     * @param participation share of the quoted size one order may take per event (0..1]
     * @param bookLevels    price levels an order may take per event (1 = the touch only)
     * @param enforceRth    true to fill orders without outsideRth only in liquid hours
     * @param execPrefix    first part of execution ids (distinguishes gateway sessions)
     */
    public MatchingEngine(Account account, CommissionModel commissions, Listener listener, ZoneId twsZone,
                          boolean partialFills, double participation, int bookLevels, boolean enforceRth,
                          int execPrefix) {
        if (!(participation > 0 && participation <= 1)) {
            throw new IllegalArgumentException("participation must be in (0, 1]: " + participation);
        }
        if (bookLevels < 1) {
            throw new IllegalArgumentException("bookLevels must be at least 1: " + bookLevels);
        }
        this.bookLevels = bookLevels;
        this.account = account;
        this.commissions = commissions;
        this.listener = listener;
        this.twsZone = twsZone;
        this.partialFills = partialFills;
        this.participation = participation;
        this.enforceRth = enforceRth;
        this.execPrefix = execPrefix;
    }

    /** Where state changes are persisted: those of every account's orders and fills. */
    public void sink(StateSink s) {
        this.sink = s;
    }

    /**
     * Adds a linked account: another account the same login manages (IB's several managed accounts),
     * traded by orders that name it.
     */
    public void link(Account linked) {
        linkedAccounts.put(linked.id(), linked);
    }

    /** The account {@code code} names: a linked one, else the primary one. */
    public Account account(String code) {
        return linkedAccounts.getOrDefault(code, account);
    }

    /** Every account: the primary one first, then the linked ones. */
    public List<Account> accounts() {
        List<Account> all = new ArrayList<>(1 + linkedAccounts.size());
        all.add(account);
        all.addAll(linkedAccounts.values());
        return all;
    }

    private Account accountOf(SimOrder o) {
        return account(o.spec().account());
    }

    /** The account. */
    public Account account() {
        return account;
    }

    /** Every order known (working and completed), in placement order. */
    public Collection<SimOrder> orders() {
        return byPerm.values();
    }

    /** The order {@code orderId} of {@code clientId}, or null. */
    public SimOrder order(int clientId, int orderId) {
        return byClientOrder.get(key(clientId, orderId));
    }

    /** Smallest order id every client may use next (greater than any used so far). */
    public int nextValidOrderId() {
        int max = 0;
        for (int v : lastOrderId.values()) {
            max = Math.max(max, v);
        }
        return max + 1;
    }

    /** Counters to continue from after a restart. */
    public void restoreCounters(long nextPermId, long nextExecSeq) {
        this.nextPermId = Math.max(this.nextPermId, nextPermId);
        this.nextExecSeq = Math.max(this.nextExecSeq, nextExecSeq);
    }

    /** Re-adds a persisted order (no events are sent). */
    public void restore(SimOrder o) {
        byPerm.put(o.permId(), o);
        byClientOrder.put(key(o.clientId(), o.orderId()), o);
        lastOrderId.merge(o.clientId(), o.orderId(), Math::max);
        nextPermId = Math.max(nextPermId, o.permId() + 1);
    }

    /** Fault: reject every new order with {@code reason} (null to stop rejecting). */
    public void rejectOrders(String reason) {
        this.rejectReason = reason;
    }

    private static long key(int clientId, int orderId) {
        return ((long) clientId << 32) | (orderId & 0xffffffffL);
    }

    /**
     * Places or modifies an order ({@code spec.clientId()} owns it).
     *
     * @return the order, or null when it was refused (the listener got the error)
     */
    public SimOrder place(Instrument ins, Order spec, long now) {
        int cid = spec.clientId();
        int oid = spec.orderId();
        SimOrder existing = byClientOrder.get(key(cid, oid));
        if (existing != null) {
            return modify(existing, ins, spec, now);
        }
        if (oid <= lastOrderId.getOrDefault(cid, 0)) {
            listener.orderError(cid, oid, 103, "Duplicate order id");
            return null;
        }
        String problem = validate(ins, spec, now);
        if (problem != null) {
            lastOrderId.merge(cid, oid, Math::max);
            int code = problem.startsWith("110|") ? 110 : problem.startsWith("387|") ? 387 : 201;
            String text = code == 201 ? "Order rejected - reason:" + problem : problem.substring(4);
            listener.orderError(cid, oid, code, text);
            return null;
        }
        lastOrderId.merge(cid, oid, Math::max);
        SimOrder o = new SimOrder(ins, spec.toBuilder().permId(nextPermId).build(), nextPermId, now);
        nextPermId++;
        o.expiresNanos(expiry(o, now));
        initTrail(o, null);
        o.status(OrderStatus.PreSubmitted, now);
        try {
            sink.saveOrder(o);
        } catch (StateWriteException e) {
            listener.orderError(cid, oid, 201, "Order rejected - reason:the gateway could not save the order ("
                    + e.getMessage() + ")");
            return null;
        }
        byPerm.put(o.permId(), o);
        byClientOrder.put(key(cid, oid), o);
        listener.orderUpdated(o);
        if (spec.transmit()) {
            transmit(o, now);
        } else {
            o.whyHeld("");
        }
        return o;
    }

    /**
     * Records a new order that IB refuses before it works (a margin check): error 201 with
     * {@code reason}, then the order as Inactive, as TWS reports a rejected order.
     *
     * @return the inactive order, or null when its id was already used (error 103)
     */
    public SimOrder refuse(Instrument ins, Order spec, long now, String reason) {
        int cid = spec.clientId();
        int oid = spec.orderId();
        if (byClientOrder.containsKey(key(cid, oid)) || oid <= lastOrderId.getOrDefault(cid, 0)) {
            listener.orderError(cid, oid, 103, "Duplicate order id");
            return null;
        }
        lastOrderId.merge(cid, oid, Math::max);
        listener.orderError(cid, oid, 201, "Order rejected - reason:" + reason);
        SimOrder o = new SimOrder(ins, spec.toBuilder().permId(nextPermId).build(), nextPermId, now);
        nextPermId++;
        o.status(OrderStatus.Inactive, now);
        try {
            sink.saveOrder(o);
        } catch (StateWriteException e) {
            return null; // the refusal stands; only its record is lost
        }
        byPerm.put(o.permId(), o);
        byClientOrder.put(key(cid, oid), o);
        listener.orderUpdated(o);
        return o;
    }

    private SimOrder modify(SimOrder o, Instrument ins, Order spec, long now) {
        if (o.status().isDone()) {
            listener.orderError(o.clientId(), o.orderId(), 104, "Can't modify a filled order");
            return null;
        }
        if (o.instrument().conId() != ins.conId()) {
            listener.orderError(o.clientId(), o.orderId(), 105, "Order being modified does not match original order");
            return null;
        }
        String problem = validate(ins, spec, now);
        if (problem == null && spec.totalQuantity() < o.filled()) {
            problem = "The new quantity " + fmt(spec.totalQuantity()) + " is below the filled quantity " + fmt(o.filled());
        }
        if (problem != null) {
            int code = problem.startsWith("110|") ? 110 : problem.startsWith("387|") ? 387 : 201;
            listener.orderError(o.clientId(), o.orderId(), code,
                    code == 201 ? "Order rejected - reason:" + problem : problem.substring(4));
            return null;
        }
        Runnable undo = o.checkpoint();
        o.spec(spec.toBuilder().permId(o.permId()).build());
        o.expiresNanos(expiry(o, now));
        if (!o.triggered()) {
            initTrail(o, null);
        }
        try {
            sink.saveOrder(o);
        } catch (StateWriteException e) {
            undo.run();
            listener.orderError(o.clientId(), o.orderId(), 201, "Order rejected - reason:the gateway could not save "
                    + "the modification (" + e.getMessage() + "); the order is unchanged");
            return null;
        }
        listener.orderUpdated(o);
        if (spec.transmit() && !o.transmitted()) {
            transmit(o, now);
        } else if (o.remaining() == 0) {
            complete(o, now);
        }
        return o;
    }

    private String validate(Instrument ins, Order s, long now) {
        if (rejectReason != null) {
            return rejectReason;
        }
        if (!ins.tradable()) {
            return "Orders are not accepted for " + ins.secType() + " " + ins.localSymbol() + " (not tradable)";
        }
        String action = s.action().toUpperCase(Locale.ROOT);
        if (!action.equals("BUY") && !action.equals("SELL") && !action.equals("SSHORT")) {
            return "Invalid action '" + s.action() + "'; expected BUY, SELL or SSHORT";
        }
        String type = OrderTypes.normalise(s.orderType());
        if (!OrderTypes.SUPPORTED.contains(type)) {
            return "387|Unsupported order type for this exchange and security type: '" + s.orderType() + "'";
        }
        if (OrderTypes.needsLimit(type) && !set(s.lmtPrice())) {
            return "Missing limit price for " + type + " order";
        }
        if (OrderTypes.needsStop(type) && !set(s.auxPrice())) {
            return "Missing stop price (auxPrice) for " + type + " order";
        }
        if (OrderTypes.isTrailing(type) && !set(s.auxPrice()) && !set(s.trailingPercent())) {
            return "A trailing order needs a trailing amount (auxPrice) or trailingPercent";
        }
        if (type.equals("TRAIL LIMIT") && !set(s.lmtPrice())) {
            return "Missing limit price for TRAIL LIMIT order";
        }
        String precaution = OrderPrecautions.check(ins, s, type);
        if (precaution != null) {
            return precaution;
        }
        String tif = s.tif().isEmpty() ? "DAY" : s.tif().toUpperCase(Locale.ROOT);
        if (!tif.equals("DAY") && !tif.equals("GTC") && !tif.equals("GTD") && !tif.equals("OPG")) {
            return "Time in force '" + s.tif() + "' is not supported; use DAY, GTC, GTD or OPG";
        }
        if (tif.equals("OPG") && !type.equals("MKT") && !type.equals("LMT")) {
            return "OPG (at the opening) is only for MKT and LMT orders";
        }
        if (type.equals("MOC") && !tif.equals("DAY")) {
            return "MOC orders must be DAY orders";
        }
        if (tif.equals("GTD")) {
            try {
                if (IbTimes.parse(s.goodTillDate(), twsZone) <= now) {
                    return "goodTillDate " + s.goodTillDate() + " is in the past";
                }
            } catch (IllegalArgumentException e) {
                return "Invalid goodTillDate '" + s.goodTillDate() + "'; expected yyyyMMdd HH:mm:ss [zone]";
            }
        }
        if (s.parentId() != 0) {
            SimOrder parent = byClientOrder.get(key(s.clientId(), s.parentId()));
            if (parent == null) {
                return "Parent order " + s.parentId() + " not found";
            }
            if (parent.status() == OrderStatus.Cancelled || parent.status() == OrderStatus.Inactive) {
                return "Parent order " + s.parentId() + " is " + parent.status();
            }
        }
        return null;
    }

    private static boolean set(double v) {
        return v != Wire.UNSET_DOUBLE && !Double.isNaN(v);
    }

    private long expiry(SimOrder o, long now) {
        String tif = o.spec().tif().toUpperCase(Locale.ROOT);
        Instrument ins = o.instrument();
        if (o.type().equals("MOC")) {
            return ins.liquidHours().nextClose(now);
        }
        if (atOpen(o)) {
            return ins.liquidHours().nextOpen(now);
        }
        return switch (tif) {
            case "GTD" -> IbTimes.parse(o.spec().goodTillDate(), twsZone);
            case "GTC" -> Long.MAX_VALUE;
            default -> (o.spec().outsideRth() ? ins.tradingHours() : ins.liquidHours()).nextClose(now);
        };
    }

    private void transmit(SimOrder o, long now) {
        SimOrder parent = o.spec().parentId() == 0 ? null : byClientOrder.get(key(o.clientId(), o.spec().parentId()));
        if (parent != null && !parent.transmitted()) {
            transmit(parent, now);
            for (SimOrder sib : children(parent)) {
                if (sib != o && !sib.transmitted() && !sib.status().isDone()) {
                    markTransmitted(sib, now);
                }
            }
        }
        markTransmitted(o, now);
    }

    private void markTransmitted(SimOrder o, long now) {
        o.transmitted(true);
        SimOrder parent = o.spec().parentId() == 0 ? null : byClientOrder.get(key(o.clientId(), o.spec().parentId()));
        if (parent != null && parent.status() != OrderStatus.Filled) {
            o.whyHeld("child");
            o.status(OrderStatus.PreSubmitted, now);
        } else {
            o.whyHeld("");
            o.status(OrderStatus.Submitted, now);
        }
        if (persisted(o, now)) {
            listener.orderUpdated(o);
        }
    }

    /**
     * Saves {@code o}'s new state. When the write fails, the order stops instead: its unsaved change
     * is undone, it becomes Inactive in memory (and on disk if a second try is written) and its client
     * gets error 201, so that nothing happens in memory that the file does not have.
     *
     * @return true when saved
     */
    private boolean persisted(SimOrder o, Runnable undo, long now) {
        try {
            sink.saveOrder(o);
            return true;
        } catch (StateWriteException e) {
            undo.run();
            stop(o, "the gateway could not save a change of the order", e, now);
            return false;
        }
    }

    private boolean persisted(SimOrder o, long now) {
        return persisted(o, () -> { }, now);
    }

    private void stop(SimOrder o, String what, StateWriteException e, long now) {
        o.status(OrderStatus.Inactive, now);
        try {
            sink.saveOrder(o);
        } catch (StateWriteException again) {
            // still failing: the file keeps the order as it was; a restart resumes it from there
        }
        listener.orderError(o.clientId(), o.orderId(), 201, "Order rejected - reason:" + what + " (" + e.getMessage()
                + "); the order is stopped");
        listener.orderUpdated(o);
    }

    private List<SimOrder> children(SimOrder parent) {
        List<SimOrder> out = new ArrayList<>();
        for (SimOrder c : byPerm.values()) {
            if (c.clientId() == parent.clientId() && c.spec().parentId() == parent.orderId()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Cancels an order at its client's request (errors 10147 / 10148 when impossible). */
    public void cancel(int clientId, int orderId, long now) {
        SimOrder o = byClientOrder.get(key(clientId, orderId));
        if (o == null) {
            listener.orderError(clientId, orderId, 10147, "OrderId " + orderId + " that needs to be cancelled is not found.");
            return;
        }
        if (o.status().isDone()) {
            listener.orderError(clientId, orderId, 10148, "OrderId " + orderId
                    + " that needs to be cancelled cannot be cancelled, state: " + o.status() + ".");
            return;
        }
        cancelOrder(o, false, "", now);
    }

    /** Cancels every working order of every client (reqGlobalCancel). */
    public void globalCancel(long now) {
        for (SimOrder o : new ArrayList<>(byPerm.values())) {
            if (!o.status().isDone()) {
                cancelOrder(o, false, "", now);
            }
        }
    }

    private void cancelOrder(SimOrder o, boolean expired, String reason, long now) {
        Runnable undo = o.checkpoint();
        o.status(OrderStatus.Cancelled, now);
        if (!persisted(o, undo, now)) {
            return;
        }
        listener.cancelled(o, expired, reason);
        for (SimOrder child : children(o)) {
            if (!child.status().isDone() && o.filled() == 0) {
                cancelOrder(child, expired, "parent cancelled", now);
            }
        }
    }

    /** True when some working order of {@code ins} needs tape events. */
    public boolean hasWorkingOrders(Instrument ins) {
        for (SimOrder o : byPerm.values()) {
            if (o.instrument().conId() == ins.conId() && !o.status().isDone()) {
                return true;
            }
        }
        return false;
    }

    /** The earliest expiry or MOC time among working orders (Long.MAX_VALUE when none). */
    public long nextDeadline() {
        long t = Long.MAX_VALUE;
        for (SimOrder o : byPerm.values()) {
            if (!o.status().isDone()) {
                t = Math.min(t, o.expiresNanos());
            }
        }
        return t;
    }

    private static boolean atOpen(SimOrder o) {
        return o.spec().tif().equalsIgnoreCase("OPG");
    }

    /** Fills MOC orders at the close and OPG orders at the open; expires DAY/GTD orders whose time has come. */
    public void onTime(long now, Tape tape) {
        for (SimOrder o : new ArrayList<>(byPerm.values())) {
            if (o.status().isDone() || o.expiresNanos() > now) {
                continue;
            }
            if (atOpen(o) && active(o) && fillAtOpen(o, tape)) {
                continue;
            }
            if (o.type().equals("MOC") && active(o)) {
                Quote q = tape.quoteAt(o.instrument(), o.expiresNanos() - 1);
                if (q != null) {
                    double px = o.instrument().hasTrades() && !Double.isNaN(q.last()) ? q.last() : q.mid();
                    fill(o, o.remaining(), px, o.expiresNanos());
                    continue;
                }
            }
            cancelOrder(o, true, "expired", now);
        }
    }

    /**
     * Fills an OPG order at the session's opening price (the first print, or the first midpoint
     * of a quote-only instrument, in the session's first minute) if its limit allows.
     */
    private boolean fillAtOpen(SimOrder o, Tape tape) {
        long open = o.expiresNanos();
        TapeCursor c = tape.cursor(o.instrument(), open);
        while (c.next(open + 60_000_000_000L)) {
            if (c.isTrade() || !o.instrument().hasTrades()) {
                double px = c.isTrade() ? c.tradePrice() : o.instrument().roundToTick(c.mid());
                double lmt = o.spec().lmtPrice();
                if (o.type().equals("LMT") && (o.isBuy() ? px > lmt + 1e-9 : px < lmt - 1e-9)) {
                    return false;
                }
                fill(o, o.remaining(), px, c.time());
                return true;
            }
        }
        return false;
    }

    private boolean active(SimOrder o) {
        if (!o.transmitted() || o.status().isDone()) {
            return false;
        }
        if (o.spec().parentId() == 0) {
            return true;
        }
        SimOrder parent = byClientOrder.get(key(o.clientId(), o.spec().parentId()));
        return parent == null || parent.status() == OrderStatus.Filled;
    }

    /** Matches the working orders of {@code ins} against the cursor's current event. */
    public void onEvent(Instrument ins, TapeCursor c) {
        List<SimOrder> working = null;
        for (SimOrder o : byPerm.values()) {
            if (o.instrument().conId() == ins.conId() && active(o) && !o.type().equals("MOC") && !atOpen(o)) {
                if (working == null) {
                    working = new ArrayList<>(4);
                }
                working.add(o);
            }
        }
        if (working == null) {
            return;
        }
        long t = c.time();
        boolean liquid = !enforceRth || ins.liquidHours().isOpen(t);
        double ref = c.isTrade() ? c.tradePrice() : ins.hasTrades() ? Double.NaN : c.mid();
        for (SimOrder o : working) {
            if (o.status().isDone() || (!liquid && !o.spec().outsideRth())) {
                continue;
            }
            match(o, c, ref, t);
        }
    }

    private void match(SimOrder o, TapeCursor c, double ref, long t) {
        String type = o.type();
        boolean buy = o.isBuy();
        Order s = o.spec();
        if (OrderTypes.isTrailing(type) && !o.triggered() && !Double.isNaN(ref)) {
            if (Double.isNaN(o.trailLevel())) {
                initTrail(o, ref);
            }
            double candidate = trailFrom(o, ref);
            if (buy ? candidate < o.trailLevel() : candidate > o.trailLevel()) {
                o.trailLevel(candidate);
            }
            if (buy ? ref >= o.trailLevel() : ref <= o.trailLevel()) {
                o.triggered(true);
                if (!persisted(o, t)) {
                    return;
                }
            }
        } else if (OrderTypes.needsStop(type) && !o.triggered() && !Double.isNaN(ref)) {
            if (buy ? ref >= s.auxPrice() : ref <= s.auxPrice()) {
                o.triggered(true);
                if (!persisted(o, t)) {
                    return;
                }
            }
        }
        boolean stopLike = OrderTypes.needsStop(type) || OrderTypes.isTrailing(type);
        if (stopLike && !o.triggered()) {
            return;
        }
        double limit = switch (type) {
            case "LMT", "STP LMT" -> s.lmtPrice();
            case "TRAIL LIMIT" -> o.trailLevel() + trailLimitOffset(o);
            default -> Double.NaN;
        };
        double touch = buy ? c.ask() : c.bid();
        double avail = buy ? c.askSize() : c.bidSize();
        Instrument ins = o.instrument();
        long touchTicks = Math.round(touch / ins.minTick());
        for (int k = 0; k < (partialFills ? bookLevels : 1) && !o.status().isDone(); k++) {
            double px = k == 0 ? touch : ins.priceOfTicks(touchTicks + (buy ? k : -k));
            if (!(px > 0) || (!Double.isNaN(limit) && (buy ? px > limit + 1e-9 : px < limit - 1e-9))) {
                return;
            }
            double qty = o.remaining();
            if (partialFills) {
                qty = Math.min(qty, Math.max(1, Math.floor(avail * (k + 1) * participation)));
            }
            if (qty > 0) {
                fill(o, qty, px, t);
            }
        }
    }

    private void initTrail(SimOrder o, Double ref) {
        if (!OrderTypes.isTrailing(o.type())) {
            return;
        }
        double tsp = o.spec().trailStopPrice();
        if (set(tsp) && Double.isNaN(o.trailLevel())) {
            o.trailLevel(tsp);
        } else if (ref != null) {
            o.trailLevel(trailFrom(o, ref));
        }
    }

    private double trailFrom(SimOrder o, double ref) {
        Order s = o.spec();
        double dist = set(s.trailingPercent()) ? ref * s.trailingPercent() / 100 : s.auxPrice();
        return o.instrument().roundToTick(o.isBuy() ? ref + dist : ref - dist);
    }

    private double trailLimitOffset(SimOrder o) {
        Order s = o.spec();
        return set(s.trailStopPrice()) ? s.lmtPrice() - s.trailStopPrice() : 0;
    }

    private void fill(SimOrder o, double qty, double price, long t) {
        Instrument ins = o.instrument();
        Runnable undoOrder = o.checkpoint();
        Account account = accountOf(o);
        Runnable undoAccount = account.checkpoint(ins.conId());
        double prevComm = commissions.commission(ins, o.filled(), o.avgFillPrice());
        double newAvg = (o.avgFillPrice() * o.filled() + price * qty) / (o.filled() + qty);
        double commission = round8(commissions.commission(ins, o.filled() + qty, newAvg) - prevComm);
        double cum = o.fill(qty, price, commission);
        double pnl = account.apply(ins, o.isBuy(), qty, price, commission);
        String execId = String.format(Locale.ROOT, "%08x.%08x.01.01", execPrefix, nextExecSeq++);
        Fill f = new Fill(execId, o.orderId(), o.clientId(), o.permId(), ins.conId(), t, o.isBuy() ? "BOT" : "SLD",
                qty, price, cum, o.avgFillPrice(), o.spec().orderRef(), account.id(), commission, pnl);
        boolean done = o.remaining() <= 1e-9;
        if (done) {
            o.status(OrderStatus.Filled, t);
        } else if (o.status() != OrderStatus.Submitted) {
            o.status(OrderStatus.Submitted, t);
        }
        FillEffects effects = new FillEffects();
        afterFill(o, qty, done, t, effects);
        try {
            sink.saveFill(o, f, account, nextExecSeq, effects.orders);
        } catch (StateWriteException e) {
            effects.undo();
            undoOrder.run();
            undoAccount.run();
            nextExecSeq--;
            stop(o, "the gateway could not save a fill of the order, so nothing was filled", e, t);
            return;
        }
        listener.filled(o, f);
        for (Runnable n : effects.notices) {
            n.run();
        }
    }

    /** The orders a fill changes besides its own, changed in memory until the fill is saved with them. */
    private static final class FillEffects {
        final List<SimOrder> orders = new ArrayList<>();
        final List<Runnable> undos = new ArrayList<>();
        final List<Runnable> notices = new ArrayList<>();

        void changed(SimOrder o, Runnable undo, Runnable notice) {
            orders.add(o);
            undos.add(undo);
            notices.add(notice);
        }

        void undo() {
            for (int i = undos.size() - 1; i >= 0; i--) {
                undos.get(i).run();
            }
        }
    }

    /** Cancels {@code o} (and its children when nothing of it filled) as part of a fill. */
    private void cancelWithFill(SimOrder o, String reason, long t, FillEffects effects) {
        Runnable undo = o.checkpoint();
        o.status(OrderStatus.Cancelled, t);
        effects.changed(o, undo, () -> listener.cancelled(o, false, reason));
        for (SimOrder child : children(o)) {
            if (!child.status().isDone() && o.filled() == 0) {
                cancelWithFill(child, "parent cancelled", t, effects);
            }
        }
    }

    /** What a fill of {@code qty} does to the order's OCA peers, bracket siblings and children (in memory, into {@code effects}). */
    private void afterFill(SimOrder o, double qty, boolean done, long t, FillEffects effects) {
        String group = o.spec().ocaGroup();
        List<SimOrder> peers = new ArrayList<>();
        if (!group.isEmpty()) {
            for (SimOrder p : byPerm.values()) {
                if (p != o && !p.status().isDone() && group.equals(p.spec().ocaGroup())) {
                    peers.add(p);
                }
            }
        }
        int ocaType = o.spec().ocaType();
        if (o.spec().parentId() != 0) {
            SimOrder parent = byClientOrder.get(key(o.clientId(), o.spec().parentId()));
            if (parent != null) {
                for (SimOrder sib : children(parent)) {
                    if (sib != o && !sib.status().isDone() && !peers.contains(sib)) {
                        peers.add(sib);
                    }
                }
                ocaType = ocaType == 0 ? 3 : ocaType;
            }
        }
        for (SimOrder p : peers) {
            if (ocaType == 1 || done) {
                if (ocaType == 1 || p.spec().parentId() == o.spec().parentId()) {
                    cancelWithFill(p, "OCA group", t, effects);
                    continue;
                }
            }
            if (ocaType == 2 || ocaType == 3) {
                double newQty = p.spec().totalQuantity() - qty;
                if (newQty <= p.filled() + 1e-9) {
                    cancelWithFill(p, "OCA group", t, effects);
                } else {
                    Runnable undo = p.checkpoint();
                    p.spec(p.spec().toBuilder().totalQuantity(newQty).build());
                    effects.changed(p, undo, () -> listener.orderUpdated(p));
                }
            }
        }
        if (done) {
            for (SimOrder child : children(o)) {
                if (child.transmitted() && !child.status().isDone()) {
                    Runnable undo = child.checkpoint();
                    child.whyHeld("");
                    child.status(OrderStatus.Submitted, t);
                    effects.changed(child, undo, () -> listener.orderUpdated(child));
                }
            }
        }
    }

    private void complete(SimOrder o, long now) {
        o.status(OrderStatus.Filled, now);
        if (persisted(o, now)) {
            listener.orderUpdated(o);
        }
    }

    private static double round8(double v) {
        return Math.round(v * 1e8) / 1e8;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
