package org.bt4j.ib.broker;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bt4j.BadInputException;
import org.bt4j.broker.Broker;
import org.bt4j.broker.CommInfo;
import org.bt4j.broker.Position;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.TwsTime;
import org.bt4j.ib.journal.JournalExecution;
import org.bt4j.ib.journal.JournalOrder;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.OrderSpec;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.bt4j.order.ExecType;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;
import org.bt4j.order.OrderStatus;
import org.bt4j.order.Validity;

/**
 * backtrader's IBBroker, fixed: orders go to TWS as IB orders ({@link IbOrderMapper}); their life
 * cycle comes back from IB's statuses — PendingSubmit/PreSubmitted/Submitted make them Accepted,
 * Cancelled makes them Canceled (Expired past a GTD), Inactive and order errors make them Rejected
 * (Margin when TWS says so), warnings (399, 2xxx ...) change nothing — and is delivered to
 * {@code notifyOrder} once per change. Fills come only from executions, paired with their
 * commission reports in either order and de-duplicated by execution id ({@link FillMatcher});
 * every partial fill is an {@link ExecutionBit} of {@code order.executed()}, delivered at once (not
 * at the next portfolio update). A status saying the order is done waits until its fills have
 * arrived, so Completed or Canceled always comes after the last fill. A fill whose commission
 * report has not come within {@link #commissionTimeout} (5 s by default, on the store's clock) is
 * delivered with an estimated commission ({@link #commissionEstimate}, else the data's scheme:
 * zero for IB's); when the report comes later the fill is not delivered again: the difference is
 * journaled and kept per order ({@link #commissionCorrection}). Cash and value come from
 * account updates (which already hold IB's real commissions, so a correction changes neither);
 * positions from the fills, seeded from IB's portfolio at start. After every
 * reconnection the broker re-reads open orders and its executions since the last one it saw, so
 * a fill made while disconnected reaches the strategy exactly once.
 *
 * <p>With an {@link OrderJournal} ({@link #journal}), every order is journaled before it is sent,
 * with its IB ids and statuses as they arrive; a fill is queued for the strategy only if the journal
 * has not received its execution id before, and is marked delivered when the engine reports that the
 * strategy's {@code notifyOrder} for it returned ({@link #notified}), so fills are delivered exactly
 * once across reconnects and restarts. On start, new refs follow the journal's largest; as soon as
 * their datas have a bar, the journal's working orders of this client id, and every order with a
 * fill received but never delivered, are re-attached as new {@link Order} objects (notified with
 * their current status and delivered fills, which are not delivered again); then every undelivered
 * fill is notified, oldest first, before anything newer; then the end IB gave an order (Canceled,
 * Expired, Margin, Rejected), once the shares IB counted at it have arrived; then IB's open orders, completed
 * orders and executions are re-read, so fills made while bt4j was down are delivered exactly once
 * (and not added a second time to the position that IB's portfolio seeded). At every connection,
 * an order TWS had not acknowledged when those three were asked for and that none of their answers
 * names never reached TWS (TWS admits a client id again only once its previous connection has
 * closed, and answers requests in order): it is rejected once and journaled as never sent; one TWS
 * had acknowledged (its perm id known) that none names is no longer at TWS: it is Canceled (Expired
 * past its validity) once, with the shares received, and journaled as gone.
 * {@link #execId} gives the IB execution id of the fill a notification carries.
 *
 * <p>A single-threaded state machine fed by the store's engine loop: the store hands it every
 * order, execution, commission and account message the loop takes, and it applies each at once;
 * waits (the first account download) run the loop; times (commission timeouts, unreadable
 * execution times) are the port's clock reading of the current event; ids come from the store.
 *
 * <p>Threading: engine thread only.
 */
public final class IbBroker implements Broker {

    /** What the broker needs from the connection (the store in production, a fake in tests). */
    public interface Port {
        /** Our API client id. */
        int clientId();

        /** The account orders go to (the chosen one, else the first managed account). */
        String account();

        /** Whether TWS's API is read-only: orders are rejected without being sent. */
        default boolean readOnly() {
            return false;
        }

        /** A fresh IB order id. */
        int nextOrderId();

        /** A fresh request id (executions, account updates). */
        int nextRequestId();

        /** Sends one request; false when not connected. */
        boolean send(ClientMessage m);

        /** Sends a subscription that is re-sent after every reconnect. */
        void subscribe(int id, ClientMessage m);

        /** Now, UTC epoch nanoseconds: the engine loop's reading of the current event (commission timeouts). */
        long nanos();

        /** Registers a listener for the store's events (a port without a store has none). */
        default void addListener(java.util.function.Consumer<StoreEvent> listener) {
        }

        /**
         * Takes events until {@code done} holds or {@code timeoutNanos} passed on the clock; returns
         * {@code done}'s last answer. A port without a loop just answers {@code done}.
         */
        default boolean runUntil(java.util.function.BooleanSupplier done, long timeoutNanos) {
            return done.getAsBoolean();
        }
    }

    private enum Terminal { CANCEL, REJECT }

    /**
     * The downloads asked for at a connection (open orders, completed orders, our executions), the
     * orders alive when they were asked, and those of them a message named since: an order none of
     * the three names never reached TWS, or, if TWS had acknowledged it, TWS no longer has it.
     */
    private static final class Check {
        final int execReq;
        final List<Tracked> unknown;
        final Set<Tracked> named = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean openOrders;
        boolean completedOrders;
        boolean executions;

        Check(int execReq, List<Tracked> unknown) {
            this.execReq = execReq;
            this.unknown = unknown;
        }
    }

    /** A fill that came before its order was re-attached; {@code counted}: before IB's portfolio seeded the position. */
    private record Held(FillMatcher.Fill fill, boolean counted) {
    }

    /** One order as both sides know it. */
    private static final class Tracked {
        final Order order;
        final int ibId;
        final Contract contract;
        long key = -1;
        org.bt4j.ib.wire.Order ib;
        String ocaGroup = "";
        /** How IB ended it (Canceled, Expired, Margin, Rejected), applied once {@link #endFilled} shares have arrived; null before. */
        OrderStatus end;
        double endFilled;
        String lastError = "";
        /** IB has told of it (an open order, a status, an execution, a completed order), in this run or a journaled one. */
        boolean acknowledged;
        long permId;
        /** A completed order matched to it by orderRef that counts shares: its end, once an execution of ours names its perm id. */
        ServerMessage.CompletedOrder listed;

        Tracked(Order order, int ibId, Contract contract) {
            this.order = order;
            this.ibId = ibId;
            this.contract = contract;
        }
    }

    private final Port port;
    private final FillMatcher fills = new FillMatcher();
    private final Map<Integer, Tracked> byIbId = new HashMap<>();
    private final Map<Integer, Tracked> byRef = new HashMap<>();
    private final Map<DataFeed, Position> positions = new IdentityHashMap<>();
    private final Map<DataFeed, CommInfo> comms = new IdentityHashMap<>();
    private final Map<DataFeed, Contract> contracts = new IdentityHashMap<>();
    private final Map<Integer, double[]> portfolio = new HashMap<>();
    private final ArrayDeque<Order> notifications = new ArrayDeque<>();
    /** IB's execution id of the fill each queued notification carries, until the strategy's notifyOrder returned. */
    private final Map<Order, String> carrying = new IdentityHashMap<>();
    /** Fills of journaled orders that came before they were re-attached (or before start), oldest first. */
    private final List<Held> held = new ArrayList<>();
    private boolean started;
    private boolean seeded;
    private final Position scratch = new Position();
    private final List<String> warnings = new ArrayList<>();

    private int ref;
    private double cash;
    private double value;
    private boolean downloaded;
    private String lastExecTime = "";
    private long startWaitMillis = 5_000;
    private OrderJournal journal;
    private List<JournalOrder> toReattach;
    private List<DataFeed> datas = List.of();
    private int startExecReq = -1;
    private final Set<String> caughtUp = new HashSet<>();
    private final Map<Integer, Double> corrections = new HashMap<>();
    private CommInfo estimateScheme;
    private Check check;

    /**
     * A broker trading through {@code port}: a store ({@code IbStore}; backtrader's
     * {@code IBBroker} / {@code store.getbroker()}), whose events it hears, or any other port,
     * fed with {@link #receive}.
     */
    public IbBroker(Port port) {
        this.port = port;
        port.addListener(this::onStoreEvent);
    }

    /** How long {@link #start} waits for the first account download (default 5 s). */
    public IbBroker startWait(long millis) {
        this.startWaitMillis = millis;
        return this;
    }

    /**
     * How long a fill waits for its commission report before it is delivered with an estimated
     * commission (default 5 s), measured on the store's clock.
     */
    public IbBroker commissionTimeout(java.time.Duration timeout) {
        fills.timeoutNanos(timeout.toNanos());
        return this;
    }

    /**
     * The scheme that estimates the commission of a fill whose report is late (default: the data's
     * own scheme, whose commission is zero for IB contracts).
     */
    public IbBroker commissionEstimate(CommInfo scheme) {
        this.estimateScheme = scheme;
        return this;
    }

    /**
     * The commission IB reported for the fills of order {@code orderRef} minus the estimates they
     * were delivered with (0 when every fill came with its report). It has been added to
     * {@code order.executed().comm()}; the fill notifications and trades already delivered keep the
     * estimate.
     */
    public double commissionCorrection(int orderRef) {
        return corrections.getOrDefault(orderRef, 0.0);
    }

    /**
     * Journals every order and delivered execution in {@code j} (optional; call before {@link #start}).
     * The broker does not close the journal.
     */
    public IbBroker journal(OrderJournal j) {
        this.journal = j;
        return this;
    }

    /** Uses {@code contract} for orders and positions of {@code data} (feeds that are not IB feeds). */
    public IbBroker contract(DataFeed data, Contract contract) {
        contracts.put(data, contract);
        return this;
    }

    /** Applies a TWS message or a store event now (engine thread; the store hands them over by itself). */
    public void receive(Object messageOrEvent) {
        handle(messageOrEvent);
    }

    private void onStoreEvent(StoreEvent e) {
        if (e instanceof StoreEvent.Message) {
            ServerMessage m = ((StoreEvent.Message) e).message();
            if (m instanceof ServerMessage.OrderStatus || m instanceof ServerMessage.OpenOrder
                    || m instanceof ServerMessage.ExecDetails || m instanceof ServerMessage.CommissionReport
                    || m instanceof ServerMessage.UpdateAccountValue || m instanceof ServerMessage.UpdatePortfolio
                    || m instanceof ServerMessage.AccountDownloadEnd || m instanceof ServerMessage.OpenOrderEnd
                    || m instanceof ServerMessage.CompletedOrder || m instanceof ServerMessage.CompletedOrdersEnd
                    || m instanceof ServerMessage.ExecDetailsEnd
                    || m instanceof ServerMessage.ErrorMsg && ((ServerMessage.ErrorMsg) m).reqId() >= 0
                    && ((ServerMessage.ErrorMsg) m).reqId() < IbClient.FIRST_REQUEST_ID) {
                handle(m);
            }
        } else if (e instanceof StoreEvent.Connected && ((StoreEvent.Connected) e).reconnect()) {
            handle(e);
        }
    }

    // ---- Broker ------------------------------------------------------------------------------------

    @Override
    public void start(List<DataFeed> datas) {
        ref = 0;
        started = true;
        for (DataFeed d : datas) {
            Contract c = contractOf(d);
            if (c != null) {
                contracts.put(d, c);
                comms.put(d, IbCommInfo.of(c));
            }
        }
        this.datas = List.copyOf(datas);
        if (journal != null) { // before the download: fills of these orders that come meanwhile are held for them
            toReattach = journaledOrders();
        }
        port.subscribe(port.nextRequestId(), new ClientMessage.ReqAccountUpdates(true, port.account()));
        port.runUntil(() -> downloaded, startWaitMillis * 1_000_000L);
        for (Map.Entry<DataFeed, Contract> e : contracts.entrySet()) {
            double[] pf = portfolio.get(e.getValue().conId());
            if (pf != null && pf[0] != 0) {
                positions.put(e.getKey(), new Position(pf[0], pf[1] / IbCommInfo.of(e.getValue()).mult()));
            } else if (pf != null) {
                positions.put(e.getKey(), new Position());
            }
        }
        seeded = true;
        if (journal != null) {
            ref = Math.max(ref, journal.maxRef());
            reattach();
        }
    }

    /** The journal's orders of our client id that may still fill or have undelivered fills, in key order. */
    private List<JournalOrder> journaledOrders() {
        Map<Long, JournalOrder> mine = new TreeMap<>();
        for (JournalOrder j : journal.workingOrders()) {
            mine.put(j.key(), j);
        }
        for (JournalExecution x : journal.undelivered()) {
            if (!mine.containsKey(x.orderKey())) {
                journal.order(x.orderKey()).ifPresent(j -> mine.put(j.key(), j));
            }
        }
        List<JournalOrder> out = new ArrayList<>();
        for (JournalOrder j : mine.values()) {
            if (j.clientId() == port.clientId() && j.ibOrderId() != 0) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * Re-creates the journal's orders of our client id that may still fill or have undelivered
     * fills as strategy-side orders once each of their datas has a bar (an order is created on a
     * bar), notifies every undelivered fill in the order it was received, then asks IB for open
     * orders and executions: fills made while bt4j was down arrive as the replay of that request.
     */
    private void reattach() {
        for (JournalOrder j : toReattach) {
            DataFeed d = dataNamed(j.spec().data());
            if (d != null && d.len() == 0) {
                return;
            }
        }
        List<JournalExecution> undelivered = journal.undelivered();
        Set<String> later = new HashSet<>();
        for (JournalExecution x : undelivered) {
            later.add(x.execId());
        }
        Map<Long, Tracked> byKey = new HashMap<>();
        for (JournalOrder j : toReattach) {
            Tracked t = attach(j, later);
            if (t != null) {
                byKey.put(j.key(), t);
            }
        }
        for (JournalExecution x : undelivered) {
            Tracked t = byKey.get(x.orderKey());
            if (t == null) {
                continue; // another client id's order: its own run delivers it
            }
            double sign = t.order.isBuy() ? 1.0 : -1.0;
            fill(t, x.execId(), sign * x.shares(), x.price(), x.deliveredCommission(), x.timeNanos(), true);
            if (x.estimated() && !Double.isNaN(x.commission())) {
                correct(t.order, x.commission() - x.estimate());
            }
        }
        List<JournalOrder> attached = toReattach;
        toReattach = null;
        for (Held h : held) {
            apply(h.fill(), h.counted());
        }
        held.clear();
        for (JournalOrder j : attached) {
            Tracked t = byKey.get(j.key());
            if (t != null) {
                endAsJournaled(t, j); // after the fills it counts
            }
        }
        if (!attached.isEmpty()) {
            startExecReq = reconcile();
        }
    }

    /**
     * Gives a re-attached order the end IB gave it before the restart (Canceled, Expired, Margin, Rejected),
     * applied once the shares IB counted at that end have arrived: at once, or after late fills.
     */
    private void endAsJournaled(Tracked t, JournalOrder j) {
        if (!j.end().isEmpty()) {
            t.end = OrderStatus.valueOf(j.end());
        } else if (!"Filled".equals(j.status()) && JournalOrder.isTerminal(j.status())) { // journaled before ends were
            t.end = "Inactive".equals(j.status()) ? OrderStatus.Rejected : OrderStatus.Canceled;
        }
        t.endFilled = Math.max(j.endFilled(), j.filled());
        settle(t);
    }

    /**
     * Re-creates the journaled order {@code j} as a strategy-side order with its delivered fills
     * (those in {@code later} are left to be notified as fills) and notifies it with its status;
     * null when no data of the run has its name.
     */
    private Tracked attach(JournalOrder j, Set<String> later) {
        DataFeed data = dataNamed(j.spec().data());
        Contract c = data == null ? null : contracts.get(data);
        if (c == null) {
            warnings.add("journaled order " + j.ref() + " (IB id " + j.ibOrderId() + ") not re-attached: no data '"
                    + j.spec().data() + "'");
            return null;
        }
        OrderSpec sp = j.spec();
        OrderArgs args = OrderArgs.of().exectype(ExecType.parse(sp.execType())).tradeId(sp.tradeId());
        if (!Double.isNaN(sp.price())) {
            args.price(sp.price());
        }
        if (!Double.isNaN(sp.priceLimit())) {
            args.plimit(sp.priceLimit());
        }
        if (!Double.isNaN(sp.trailAmount())) {
            args.trailAmount(sp.trailAmount());
        }
        if (!Double.isNaN(sp.trailPercent())) {
            args.trailPercent(sp.trailPercent());
        }
        if (sp.validityLimit() != 0L) { // its limit as resolved when it was created
            args.valid(Validity.until(sp.validityLimit()));
        }
        Order o = Order.create(j.ref(), "BUY".equals(sp.action()), null, data, sp.size(), args);
        o.submit();
        boolean acknowledged = j.permId() != 0 || !"PendingSubmit".equals(j.status()) && !j.status().isEmpty()
                && !"ApiPending".equals(j.status());
        if (acknowledged) {
            o.accept();
        }
        double sign = o.isBuy() ? 1.0 : -1.0;
        for (JournalExecution x : journal.executions(j.key())) {
            if (later.contains(x.execId())) {
                continue; // notified below, as the fill it is
            }
            o.execute(new ExecutionBit(x.timeNanos(), sign * x.shares(), x.price(), 0, 0, 0, sign * x.shares(),
                    0, x.deliveredCommission(), 0, 0, 0), Double.NaN);
            if (x.estimated() && !Double.isNaN(x.commission())) {
                correct(o, x.commission() - x.estimate());
            }
        }
        o.snapshot(); // the journaled fills were delivered in the run that made them
        Tracked t = new Tracked(o, j.ibOrderId(), c);
        t.key = j.key();
        t.permId = j.permId();
        t.acknowledged = acknowledged;
        t.ib = IbOrderMapper.toIb(o, t.ibId, port.clientId(), port.account(), 0, "",
                sp.dayValidity() ? Validity.day() : args.valid(), minTickOf(data));
        byIbId.put(t.ibId, t);
        byRef.put(o.ref(), t);
        notify(o);
        return t;
    }

    /** Whether the order IB knows as {@code ibId} waits to be re-attached. */
    private boolean awaitsReattachment(int ibId) {
        if (toReattach != null) {
            for (JournalOrder j : toReattach) {
                if (j.ibOrderId() == ibId) {
                    return true;
                }
            }
        }
        return false;
    }

    private DataFeed dataNamed(String name) {
        for (DataFeed d : datas) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    private Contract contractOf(DataFeed d) {
        Contract c = contracts.get(d);
        if (c != null) {
            return c;
        }
        if (d instanceof IbData) {
            return ((IbData) d).tradeContract();
        }
        if (d instanceof DerivedFeed) {
            return contractOf(((DerivedFeed) d).source());
        }
        return null;
    }

    /** The contract's minimum price increment, 0 when unknown (prices are then sent as given). */
    private static double minTickOf(DataFeed d) {
        if (d instanceof IbData && ((IbData) d).contractDetails() != null) {
            return ((IbData) d).contractDetails().minTick();
        }
        if (d instanceof DerivedFeed) {
            return minTickOf(((DerivedFeed) d).source());
        }
        return 0.0;
    }

    @Override
    public Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        return place(true, owner, data, size, args);
    }

    @Override
    public Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        return place(false, owner, data, size, args);
    }

    private Order place(boolean isBuy, OrderOwner owner, DataFeed data, double size, OrderArgs args) {
        Order o = Order.create(++ref, isBuy, owner, data, size, args);
        o.submit();
        notify(o);
        Contract c = contracts.get(data);
        if (c == null) {
            c = contractOf(data);
        }
        if (c == null || port.readOnly()) {
            warnings.add("order " + o.ref() + " rejected: " + (c == null ? "no IB contract for data '" + data.name() + "'"
                    : "TWS's API is read-only"));
            o.reject();
            notify(o);
            return o;
        }
        int ibId = port.nextOrderId();
        while (byIbId.containsKey(ibId)) { // a TWS whose ids restarted (reset, new account) names a re-attached order's
            ibId = port.nextOrderId();
        }
        Tracked t = new Tracked(o, ibId, c);
        if (journal != null) {
            Tracked p = args.parent() == null ? null : byRef.get(args.parent().ref());
            t.key = journal.orderSubmitted(o.ref(), new OrderSpec(data.name(), isBuy ? "BUY" : "SELL", size,
                    o.execType().name(), args.price(), args.plimit(), args.trailAmount(), args.trailPercent(),
                    OrderSpec.validityText(args.valid(), o.valid()), p == null ? 0 : p.key,
                    args.oco() == null ? "" : "oco-ref-" + args.oco().ref(), args.tradeId()));
            journal.ibOrderId(t.key, port.clientId(), t.ibId);
        }
        byIbId.put(t.ibId, t);
        byRef.put(o.ref(), t);
        int parentId = 0;
        if (args.parent() != null) {
            Tracked p = byRef.get(args.parent().ref());
            parentId = p == null ? 0 : p.ibId;
        }
        if (args.oco() != null) {
            Tracked other = byRef.get(args.oco().ref());
            if (other != null) {
                if (other.ocaGroup.isEmpty()) {
                    other.ocaGroup = "bt4j-oca-" + other.ibId;
                    if (other.order.isAlive()) {
                        other.ib = other.ib.toBuilder().ocaGroup(other.ocaGroup).ocaType(1).build();
                        port.send(new ClientMessage.PlaceOrder(other.ibId, other.contract, other.ib));
                    }
                }
                t.ocaGroup = other.ocaGroup;
            }
        }
        t.ib = IbOrderMapper.toIb(o, t.ibId, port.clientId(), port.account(), parentId, t.ocaGroup, args.valid(),
                minTickOf(data));
        if (!port.send(new ClientMessage.PlaceOrder(t.ibId, c, t.ib))) {
            t.lastError = "not connected to TWS";
            neverReached(t);
        }
        return o;
    }

    @Override
    public boolean cancel(Order order) {
        Tracked t = byRef.get(order.ref());
        if (t == null || !t.order.isAlive()) {
            return false;
        }
        return port.send(new ClientMessage.CancelOrder(t.ibId, ""));
    }

    @Override
    public void next() {
        if (toReattach != null) {
            reattach();
        }
        if (fills.waiting() > 0) {
            for (FillMatcher.Fill f : fills.overdue(port.nanos(), this::estimate)) {
                apply(f);
            }
        }
    }

    /** When the oldest fill waiting for its commission report is overdue (the loop parks no longer). */
    @Override
    public long nextDueNanos() {
        return fills.nextDueNanos();
    }

    /** The estimated commission of an execution whose report is late. */
    private double estimate(Contract contract, org.bt4j.ib.wire.Execution e) {
        Tracked t = byIbId.get(e.orderId());
        CommInfo ci = estimateScheme != null ? estimateScheme : t == null ? null : getCommissionInfo(t.order.data());
        return ci == null ? 0.0 : ci.getCommission(e.shares(), e.price());
    }

    @Override
    public Order nextNotification() {
        return notifications.poll();
    }

    /** The strategy's notifyOrder for {@code snapshot} returned: its fill is journaled as delivered. */
    @Override
    public void notified(Order snapshot) {
        if (carrying.isEmpty()) {
            return;
        }
        String execId = carrying.remove(snapshot);
        if (execId != null && journal != null) {
            journal.delivered(List.of(execId));
        }
    }

    /**
     * IB's execution id ({@code execId}) of the fill the notification {@code notification} carries
     * (its {@code executed().pending()}), while the strategy's {@code notifyOrder} for it runs; null
     * for a notification without a fill. A fill notified again after a crash (see RELIABILITY.md)
     * carries the same id, so a strategy with effects outside bt4j can make them idempotent by it.
     */
    public String execId(Order notification) {
        return carrying.get(notification);
    }

    @Override
    public double getCash() {
        return cash;
    }

    @Override
    public double getValue() {
        return value;
    }

    @Override
    public double getValue(DataFeed data) {
        Position p = positions.get(data);
        if (p == null || p.size() == 0) {
            return 0.0;
        }
        return p.size() * data.close().get(0) * getCommissionInfo(data).mult();
    }

    @Override
    public Position getPosition(DataFeed data) {
        return positions.computeIfAbsent(data, d -> new Position());
    }

    @Override
    public CommInfo getCommissionInfo(DataFeed data) {
        CommInfo ci = comms.get(data);
        return ci != null ? ci : CommInfo.defaultScheme();
    }

    @Override
    public List<Order> openOrders() {
        List<Order> out = new ArrayList<>();
        for (Tracked t : byRef.values()) {
            if (t.order.isAlive()) {
                out.add(t.order);
            }
        }
        out.sort((a, b) -> Integer.compare(a.ref(), b.ref()));
        return out;
    }

    @Override
    public double fundValue() {
        return value;
    }

    @Override
    public double fundShares() {
        return 1.0;
    }

    /** The IB order sent for the order with reference {@code ref} (for printing), or null. */
    public org.bt4j.ib.wire.Order ibOrder(int orderRef) {
        Tracked t = byRef.get(orderRef);
        return t == null ? null : t.ib;
    }

    /** Problems that did not reach TWS (no contract for a data ...), oldest first; engine thread. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    // ---- incoming ----------------------------------------------------------------------------------

    private void handle(Object m) {
        if (m instanceof ServerMessage.OrderStatus) {
            ServerMessage.OrderStatus s = (ServerMessage.OrderStatus) m;
            Tracked t = known(byIbId.get(s.orderId()), s.permId());
            journalIds(t, s.permId(), s.status());
            onStatus(t, s.status(), s.filled());
        } else if (m instanceof ServerMessage.OpenOrder) {
            ServerMessage.OpenOrder oo = (ServerMessage.OpenOrder) m;
            Tracked t = known(byIbId.get(oo.order().orderId()), oo.order().permId());
            String st = oo.state().status();
            journalIds(t, oo.order().permId(), st);
            if (t != null && isWorking(st)) {
                onStatus(t, st, 0.0);
            }
        } else if (m instanceof ServerMessage.ExecDetails) {
            ServerMessage.ExecDetails d = (ServerMessage.ExecDetails) m;
            if (d.execution().clientId() == port.clientId()) {
                confirmListed(known(byIbId.get(d.execution().orderId()), d.execution().permId()));
                if (startExecReq >= 0 && d.reqId() == startExecReq && !fills.isDone(d.execution().execId())) {
                    caughtUp.add(d.execution().execId());
                }
                apply(fills.onExecution(d.contract(), d.execution(), port.nanos()));
            }
        } else if (m instanceof ServerMessage.CommissionReport) {
            ServerMessage.CommissionReport r = (ServerMessage.CommissionReport) m;
            apply(fills.onCommission(r.execId(), r.commission(), r.realizedPnl()));
        } else if (m instanceof ServerMessage.ErrorMsg) {
            onError((ServerMessage.ErrorMsg) m);
        } else if (m instanceof ServerMessage.UpdateAccountValue) {
            ServerMessage.UpdateAccountValue v = (ServerMessage.UpdateAccountValue) m;
            onAccountValue(v.key(), v.value(), v.currency());
        } else if (m instanceof ServerMessage.UpdatePortfolio) {
            ServerMessage.UpdatePortfolio p = (ServerMessage.UpdatePortfolio) m;
            portfolio.put(p.contract().conId(), new double[] {p.position(), p.averageCost()});
        } else if (m instanceof ServerMessage.AccountDownloadEnd) {
            downloaded = true;
        } else if (m instanceof ServerMessage.CompletedOrder) {
            onCompleted((ServerMessage.CompletedOrder) m);
        } else if (m instanceof ServerMessage.OpenOrderEnd && check != null) {
            check.openOrders = true;
            concludeCheck();
        } else if (m instanceof ServerMessage.CompletedOrdersEnd && check != null) {
            check.completedOrders = true;
            concludeCheck();
        } else if (m instanceof ServerMessage.ExecDetailsEnd && check != null
                && ((ServerMessage.ExecDetailsEnd) m).reqId() == check.execReq) {
            check.executions = true;
            concludeCheck();
        } else if (m instanceof StoreEvent.Connected) {
            reconcile();
        }
    }

    /**
     * Applies the end of the completed order matched to {@code t} by its orderRef once an execution
     * of {@code t} named that completed order's perm id: it is ours (after the shares it counts).
     */
    private void confirmListed(Tracked t) {
        if (t == null || t.listed == null || t.listed.order().permId() != t.permId) {
            return;
        }
        ServerMessage.CompletedOrder c = t.listed;
        t.listed = null;
        journalIds(t, t.permId, c.state().status());
        onStatus(t, c.state().status(), c.state().filledQuantity());
    }

    /** Notes that TWS has told of {@code t} (null: not ours), with its perm id when known; returns {@code t}. */
    private Tracked known(Tracked t, long permId) {
        if (t != null) {
            t.acknowledged = true;
            if (check != null) {
                check.named.add(t);
            }
            if (permId > 0) {
                t.permId = permId;
            }
        }
        return t;
    }

    /**
     * A completed order of TWS's list (it carries no order or client id). Named by its perm id, it
     * is ours and its end is applied as its order status would be, after the shares it counts (an
     * order cancelled while bt4j was away or before it heard); else one of ours IB has not
     * acknowledged with its orderRef ({@code bt4j-REF}), contract, side and size is known to TWS,
     * and its end is applied only when it counts no shares (an order TWS refused or that was
     * cancelled before bt4j heard of it): the list names no client id, so another client's order of
     * the same ref could be it, and an end owing no shares is the same end for either; an end that
     * counts shares waits until an execution of ours names its perm id ({@link #confirmListed}).
     */
    private void onCompleted(ServerMessage.CompletedOrder c) {
        org.bt4j.ib.wire.Order w = c.order();
        for (Tracked t : byIbId.values()) {
            if (w.permId() > 0 && t.permId == w.permId()) {
                known(t, w.permId());
                double filled = c.state().filledQuantity();
                if (filled != Wire.UNSET_DOUBLE && !Double.isNaN(filled)) {
                    journalIds(t, w.permId(), c.state().status());
                    onStatus(t, c.state().status(), filled);
                }
                return;
            }
        }
        for (Tracked t : byIbId.values()) {
            if (!t.acknowledged && t.ib != null && t.ib.orderRef().equals(w.orderRef())
                    && t.ib.action().equals(w.action()) && t.ib.totalQuantity() == w.totalQuantity()
                    && (t.contract.conId() == c.contract().conId() || t.contract.conId() == 0)) {
                known(t, 0);
                double filled = c.state().filledQuantity();
                if (filled == 0.0) {
                    journalIds(t, 0, c.state().status());
                    onStatus(t, c.state().status(), 0.0);
                } else if (filled != Wire.UNSET_DOUBLE && !Double.isNaN(filled) && w.permId() > 0) {
                    t.listed = c;
                }
                return;
            }
        }
    }

    /**
     * Once the three downloads asked for at a connection are complete, every order TWS had not
     * acknowledged when they were asked and that none of them names never reached TWS: TWS lets a
     * client id connect only after its previous connection has closed, and answers a connection's
     * requests in order, so nothing sent before them can still arrive.
     */
    private void concludeCheck() {
        Check c = check;
        if (!(c.openOrders && c.completedOrders && c.executions)) {
            return;
        }
        check = null;
        for (Tracked t : c.unknown) {
            if (!t.order.isAlive() || c.named.contains(t)) {
                continue;
            }
            if (!t.acknowledged) {
                t.lastError = "TWS never received it";
                warnings.add("order " + t.order.ref() + " (IB id " + t.ibId + ") rejected: TWS never received it (no"
                        + " open order, completed order or execution of it after the connection)");
                neverReached(t);
            } else if (t.permId != 0) {
                gone(t);
            }
        }
    }

    /**
     * Ends an order TWS had acknowledged (its perm id is known) but no longer has: not among our open
     * orders, no completed order of its perm id, no execution of it (TWS forgot it: a completed
     * order's list lasts one TWS session, and executions a day). It is Expired if its validity has
     * passed, else Canceled, counting the shares received, and journaled {@link JournalOrder#GONE}.
     */
    private void gone(Tracked t) {
        double received = Math.abs(t.order.executed().size()) + fills.waitingShares(t.ibId);
        OrderStatus end = t.order.validityPassed(ibSecondEnd()) ? OrderStatus.Expired : OrderStatus.Canceled;
        warnings.add("order " + t.order.ref() + " (IB id " + t.ibId + ", perm id " + t.permId + ") " + end
                + ": TWS no longer has it (no open order, completed order or execution of it after the connection);"
                + " fills of it beyond the " + received + " shares received are unknown");
        if (journal != null && t.key >= 0) {
            journal.ended(t.key, JournalOrder.GONE, received, end.name());
        }
        t.end = end;
        t.endFilled = received;
        settle(t);
    }

    /** Rejects an order TWS never received, journaled as {@link JournalOrder#NOT_SENT} so no restart re-attaches it. */
    private void neverReached(Tracked t) {
        if (journal != null && t.key >= 0) {
            journal.ended(t.key, JournalOrder.NOT_SENT, 0.0, OrderStatus.Rejected.name());
        }
        t.end = OrderStatus.Rejected;
        t.endFilled = 0.0;
        settle(t);
    }

    /** Journals IB's perm id and status of {@code t} (when journaling and either is known). */
    private void journalIds(Tracked t, long permId, String status) {
        if (journal == null || t == null || t.key < 0) {
            return;
        }
        if (permId > 0) {
            journal.permId(t.key, permId);
        }
        if (status != null && !status.isEmpty()) {
            journal.status(t.key, status);
        }
    }

    private static boolean isWorking(String ibStatus) {
        return "PendingSubmit".equals(ibStatus) || "PreSubmitted".equals(ibStatus) || "Submitted".equals(ibStatus)
                || "ApiPending".equals(ibStatus);
    }

    private void onStatus(Tracked t, String ibStatus, double filled) {
        if (t == null) {
            return;
        }
        Order o = t.order;
        if (isWorking(ibStatus) || "Filled".equals(ibStatus)) {
            if (o.status() == OrderStatus.Submitted) {
                o.accept();
                notify(o);
            }
        } else if ("Cancelled".equals(ibStatus) || "ApiCancelled".equals(ibStatus)) {
            terminal(t, Terminal.CANCEL, filled, ibStatus);
        } else if ("Inactive".equals(ibStatus)) {
            terminal(t, Terminal.REJECT, filled, ibStatus);
        }
    }

    /**
     * IB ended {@code t} ({@code ibStatus}, counting {@code filled} shares, or more if an earlier
     * message of its end counted more: an error 202 follows the Cancelled status and counts no
     * shares): the end is journaled with that count, so a restart applies it after the same fills,
     * and applied once they are here.
     */
    private void terminal(Tracked t, Terminal kind, double filled, String ibStatus) {
        if (!t.order.isAlive()) {
            return;
        }
        OrderStatus end = kind == Terminal.CANCEL
                ? t.order.validityPassed(ibSecondEnd()) ? OrderStatus.Expired : OrderStatus.Canceled
                : t.lastError.toLowerCase(Locale.ROOT).contains("margin") ? OrderStatus.Margin : OrderStatus.Rejected;
        double count = Math.max(filled == Wire.UNSET_DOUBLE ? 0.0 : filled, t.end == null ? 0.0 : t.endFilled);
        if (journal != null && t.key >= 0 && (end != t.end || count != t.endFilled)) {
            journal.ended(t.key, ibStatus, count, end.name());
        }
        t.end = end;
        t.endFilled = count;
        settle(t);
    }

    /**
     * Applies a deferred end once every fill it counts has been delivered. Expired was decided when
     * IB ended the order (a cancel at or after the order's validity, as backtrader's broker expires
     * an order past it); a re-attached order from a journal without its validity is Canceled.
     */
    private void settle(Tracked t) {
        Order o = t.order;
        if (t.end == null || !o.isAlive()) {
            return;
        }
        if (Math.abs(o.executed().size()) + 1e-9 < t.endFilled) {
            return;
        }
        if (t.end == OrderStatus.Canceled) {
            o.cancel();
        } else if (t.end == OrderStatus.Expired) {
            if (!o.expire(ibSecondEnd())) {
                o.cancel();
            }
        } else if (t.end == OrderStatus.Margin) {
            o.margin();
        } else {
            o.reject();
        }
        t.end = null;
        notify(o);
    }

    /**
     * The port's clock reading as an order's validity is compared with it at IB: the end of its
     * whole second, since IB's GTD (sent in whole seconds, cut down) ends the order at the second
     * that the validity falls in.
     */
    private long ibSecondEnd() {
        return Math.floorDiv(port.nanos(), 1_000_000_000L) * 1_000_000_000L + 1_000_000_000L;
    }

    private void onError(ServerMessage.ErrorMsg e) {
        Tracked t = byIbId.get(e.reqId());
        if (t == null) {
            return;
        }
        t.lastError = e.message();
        int code = e.code();
        // the error names no filled count: the fills delivered and those waiting for their commission
        double filled = Math.abs(t.order.executed().size()) + fills.waitingShares(t.ibId);
        if (code == 202) {
            terminal(t, Terminal.CANCEL, filled, "Cancelled");
        } else if (code == 201 || code == 203) {
            terminal(t, Terminal.REJECT, filled, "Inactive");
        } else if (code < 1000 && code != 161 && code != 399 && code != 404
                && t.order.status() == OrderStatus.Submitted) {
            terminal(t, Terminal.REJECT, 0.0, "Inactive");
        }
    }

    private void onAccountValue(String key, String text, String currency) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return;
        }
        if ("NetLiquidation".equals(key) && ("BASE".equals(currency) || value == 0)) {
            value = v;
        } else if ("TotalCashBalance".equals(key) && "BASE".equals(currency)) {
            cash = v;
        }
    }

    private void apply(FillMatcher.Fill f) {
        apply(f, false);
    }

    /** Applies a fill; {@code counted} when IB's portfolio, which seeded the position, already holds it. */
    private void apply(FillMatcher.Fill f, boolean counted) {
        if (f == null) {
            return;
        }
        if (f.kind() == FillMatcher.Kind.CORRECTION) {
            lateReport(byIbId.get(f.execution().orderId()), f.execution().execId(), f.estimate(), f.commission());
            return;
        }
        var e = f.execution();
        if (e.time().compareTo(lastExecTime) > 0) {
            lastExecTime = e.time();
        }
        Tracked t = byIbId.get(e.orderId());
        JournalOrder late = null; // a journaled order this execution re-attaches: its end comes after the fill
        if (t == null) {
            // an execution of a journaled order not attached (yet): IB said Cancelled before its last fills, say
            JournalOrder j = journal == null ? null : journal.byIbOrderId(port.clientId(), e.orderId()).orElse(null);
            if (j == null) {
                return;
            }
            JournalExecution before = journal.execution(e.execId()).orElse(null);
            if (before != null) { // a replay: the journal delivers it, or did, with its order
                if (f.kind() != FillMatcher.Kind.ESTIMATED && before.estimated() && Double.isNaN(before.commission())
                        && f.commission() != Wire.UNSET_DOUBLE) {
                    journal.commission(e.execId(), f.commission()); // its late report; attach() corrects by it
                }
                return;
            }
            if (!started || toReattach != null) { // its re-attachment is still to come
                if (toReattach != null && !awaitsReattachment(e.orderId())) {
                    toReattach.add(j);
                }
                held.add(new Held(f, !seeded));
                return;
            }
            t = attach(j, Set.of());
            if (t == null) {
                return;
            }
            late = j;
        }
        double size = "SLD".equals(e.side()) ? -e.shares() : e.shares();
        double price = e.price();
        double comm = f.commission() == Wire.UNSET_DOUBLE ? 0.0 : f.commission();
        long dt = execNanos(e.time(), t.order.data().tz(), port.nanos());
        boolean estimated = f.kind() == FillMatcher.Kind.ESTIMATED;
        if (journal != null && t.key >= 0 && !journal.executionReceived(new JournalExecution(e.execId(), t.key, t.ibId,
                e.shares(), price, dt, estimated ? Double.NaN : comm, estimated ? comm : Double.NaN))) {
            if (!estimated) { // received before, maybe with an estimate (in an earlier run): this is its report
                lateReport(t, e.execId(), Double.NaN, comm);
            }
            if (late != null) {
                endAsJournaled(t, late);
            }
            return;
        }
        // a fill replayed at start that IB's portfolio, which seeded the position, already holds
        fill(t, e.execId(), size, price, comm, dt, caughtUp.remove(e.execId()) || counted);
        if (late != null) {
            endAsJournaled(t, late);
        }
    }

    /**
     * Books one fill of {@code t} ({@code size} signed) into its order and the position (unless
     * {@code counted}: IB's portfolio, which seeded the position, holds it already) and notifies it.
     */
    private void fill(Tracked t, String execId, double size, double price, double comm, long dt, boolean counted) {
        Order o = t.order;
        DataFeed data = o.data();
        CommInfo ci = getCommissionInfo(data);
        Position position = getPosition(data);
        Position base = counted ? new Position(position.size() - size, position.price()) : position;
        double ppriceOrig = base.price();
        scratch.copyFrom(base);
        scratch.update(size, price);
        double closed = scratch.closed();
        double opened = scratch.opened();
        double pnl = ci.profitAndLoss(-closed, ppriceOrig, price);
        double closedValue = closed != 0 ? ci.getOperationCost(closed, ppriceOrig) : 0.0;
        double openedValue = opened != 0 ? ci.getOperationCost(opened, price) : 0.0;
        double closedComm = comm * Math.abs(closed) / Math.abs(size);
        double openedComm = comm - closedComm;
        if (!counted) {
            position.update(size, price, dt);
        }
        o.execute(new ExecutionBit(dt, size, price, closed, closedValue, closedComm, opened, openedValue, openedComm,
                pnl, scratch.size(), scratch.price()), Double.NaN);
        if (journal != null && t.key >= 0 && o.status() == OrderStatus.Completed) {
            journal.status(t.key, "Filled"); // TWS may never say so when it filled while we were away
        }
        carrying.put(notify(o), execId);
        settle(t);
    }

    /**
     * The late commission report of a fill delivered with an estimate: journaled, and the difference
     * kept as the order's correction. With a journal, its row says whether (and with which estimate)
     * the fill was delivered, in this run or an earlier one; without, {@code estimate} does (NaN: not
     * estimated).
     */
    private void lateReport(Tracked t, String execId, double estimate, double commission) {
        if (t == null) {
            return;
        }
        double est = estimate;
        if (journal != null && t.key >= 0) {
            JournalExecution x = journal.execution(execId).orElse(null);
            if (x == null || !x.estimated() || !Double.isNaN(x.commission())) {
                return; // not delivered, delivered with its report, or already corrected
            }
            est = x.estimate();
        }
        if (Double.isNaN(est)) {
            return;
        }
        double reported = commission == Wire.UNSET_DOUBLE ? 0.0 : commission;
        if (journal != null && t.key >= 0) {
            journal.commission(execId, reported);
        }
        correct(t.order, reported - est);
    }

    /** Moves {@code o}'s executed commission from the estimate towards IB's by {@code delta}. */
    private void correct(Order o, double delta) {
        o.correctCommission(delta);
        corrections.merge(o.ref(), delta, Double::sum);
    }

    /** IB's execution time, read in {@code zone} when it names none; {@code now} if unreadable. */
    static long execNanos(String text, ZoneId zone, long now) {
        try {
            return TwsTime.parse(text, zone);
        } catch (BadInputException ex) {
            return now;
        }
    }

    /**
     * At a connection (a reconnection, or a restart with journaled orders): open orders, completed
     * orders, and our executions since the last one seen; the orders TWS has not acknowledged yet are
     * checked against the three answers ({@link #concludeCheck}).
     */
    private int reconcile() {
        port.send(new ClientMessage.ReqOpenOrders());
        port.send(new ClientMessage.ReqCompletedOrders(false));
        String since = "";
        if (!lastExecTime.isEmpty()) {
            long t = execNanos(lastExecTime, java.time.ZoneOffset.UTC, port.nanos()) - 60_000_000_000L;
            since = TwsTime.utc(t);
        }
        int id = port.nextRequestId();
        port.send(new ClientMessage.ReqExecutions(id, new ExecutionFilter(port.clientId(), "", since, "", "", "", "")));
        List<Tracked> unknown = new ArrayList<>();
        for (Tracked t : byIbId.values()) {
            if (t.order.isAlive() && (!t.acknowledged || t.permId != 0)) {
                unknown.add(t);
            }
        }
        unknown.sort((a, b) -> Integer.compare(a.ibId, b.ibId));
        check = unknown.isEmpty() ? null : new Check(id, unknown);
        return id;
    }

    private Order notify(Order o) {
        Order snap = o.snapshot();
        notifications.add(snap);
        return snap;
    }
}
