package org.bt4j.gateway.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.OrderState;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;

/**
 * Orders as clients see them: placing and cancelling, open and completed orders, executions and
 * commission reports, and the matching engine's events turned into messages for the owner (and
 * clientId 0 when it auto-binds). <b>Threading:</b> gateway thread only.
 */
final class OrderDesk implements MatchingEngine.Listener {

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final FaultDesk faults;
    private final MarketDataDesk marketData;
    private final AccountDesk accounts;
    private final InstrumentUniverse universe;
    private final Tape tape;
    private final MatchingEngine matching;
    private final List<Fill> fills = new ArrayList<>();
    private long deadlineTimerAt = Long.MAX_VALUE;

    OrderDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, ContractDesk contracts, FaultDesk faults,
              MarketDataDesk marketData, AccountDesk accounts, InstrumentUniverse universe, Tape tape,
              MatchingEngine matching) {
        this.config = config;
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.faults = faults;
        this.marketData = marketData;
        this.accounts = accounts;
        this.universe = universe;
        this.tape = tape;
        this.matching = matching;
    }

    /** Resumes the orders restored from the state store: walks their tapes and arms their deadlines. */
    void start() {
        for (Instrument ins : universe.all()) {
            if (matching.hasWorkingOrders(ins)) {
                marketData.ensureDriver(ins);
            }
        }
        scheduleDeadlines();
    }

    /** Restores executions of the current session from the state store. */
    void restoreFills(List<Fill> restored) {
        fills.addAll(restored);
    }

    /**
     * True (after TWS's error 321 on {@code id}) when the API is read-only: orders, cancels and order
     * binding need write access.
     */
    private boolean readOnly(ApiClient c, int id) {
        if (config.readOnly()) {
            clients.error(c, id, 321, "Error validating request:-'bh' : cause - The API interface is currently in "
                    + "Read-Only mode.");
        }
        return config.readOnly();
    }

    /** Answers placeOrder. */
    void placeOrder(ApiClient c, int orderId, Contract k, Order o) {
        if (readOnly(c, orderId)) {
            return;
        }
        Instrument ins = contracts.resolve(c, orderId, k);
        if (ins == null) {
            return;
        }
        if (faults.rejecting()) {
            matching.rejectOrders("rejected by fault injection");
        } else {
            matching.rejectOrders(null);
        }
        if (!config.accounts().contains(o.account()) && (!o.account().isEmpty() || !config.linkedAccounts().isEmpty())) {
            // with several managed accounts TWS needs the order's account, and it must be one of them
            clients.error(c, orderId, 321, "Error validating request:-'bN' : cause - " + (o.account().isEmpty()
                    ? "The account code is required for this operation." : "Unknown account code " + o.account()));
            return;
        }
        Order spec = o.toBuilder().orderId(orderId).clientId(c.clientId)
                .account(o.account().isEmpty() ? config.account() : o.account()).build();
        String refused = matching.order(c.clientId, orderId) == null && !faults.rejecting() ? marginProblem(ins, spec) : null;
        if (refused != null) {
            matching.refuse(ins, spec, loop.now(), refused);
            return;
        }
        SimOrder placed = matching.place(ins, spec, loop.now());
        if (placed != null && !placed.status().isDone()) {
            marketData.ensureDriver(ins);
            scheduleDeadlines();
        }
    }

    /** The margin check of a new order that is well formed (malformed ones get the matching engine's errors). */
    private String marginProblem(Instrument ins, Order spec) {
        String action = spec.action().toUpperCase(Locale.ROOT);
        double qty = spec.totalQuantity();
        if (!(qty > 0) || qty == Wire.UNSET_DOUBLE || Double.isInfinite(qty)
                || !(action.equals("BUY") || action.equals("SELL") || action.equals("SSHORT"))) {
            return null;
        }
        double lmt = spec.lmtPrice();
        boolean limited = lmt != Wire.UNSET_DOUBLE && Double.isFinite(lmt) && lmt > 0;
        double price = limited ? lmt : accounts.mark(ins.conId());
        return accounts.marginProblem(matching.account(spec.account()), ins, action.equals("BUY"), qty, price);
    }

    /** Answers cancelOrder. */
    void cancel(ApiClient c, int orderId) {
        if (readOnly(c, orderId)) {
            return;
        }
        matching.cancel(c.clientId, orderId, loop.now());
    }

    /** Answers reqGlobalCancel. */
    void globalCancel(ApiClient c) {
        if (readOnly(c, -1)) {
            return;
        }
        matching.globalCancel(loop.now());
    }

    /** Answers reqAutoOpenOrders. */
    void autoOpenOrders(ApiClient c, boolean autoBind) {
        if (autoBind && readOnly(c, -1)) {
            return;
        }
        if (c.clientId == 0) {
            c.autoOpenOrders = autoBind;
        } else {
            clients.error(c, -1, 321, "Error validating request: reqAutoOpenOrders is only for clientId 0");
        }
    }

    private void scheduleDeadlines() {
        long next = matching.nextDeadline();
        if (next < deadlineTimerAt) {
            deadlineTimerAt = next;
            loop.schedule(next, () -> {
                deadlineTimerAt = Long.MAX_VALUE;
                matching.onTime(loop.now(), tape);
                scheduleDeadlines();
            });
        }
    }

    private List<ApiClient> orderAudience(SimOrder o) {
        List<ApiClient> out = new ArrayList<>(2);
        ApiClient owner = clients.get(o.clientId());
        if (owner != null) {
            out.add(owner);
        }
        ApiClient zero = clients.get(0);
        if (zero != null && zero != owner && zero.autoOpenOrders) {
            out.add(zero);
        }
        return out;
    }

    private ServerMessage.OpenOrder openOrderMsg(SimOrder o) {
        double comm = o.filled() > 0 ? o.commission() : Wire.UNSET_DOUBLE;
        return new ServerMessage.OpenOrder(ContractDesk.contract(o.instrument()), o.spec(), new OrderState(o.status().name(),
                comm, Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE, o.instrument().currency(), "", Wire.UNSET_DOUBLE, "", ""));
    }

    private ServerMessage.OrderStatus statusMsg(SimOrder o) {
        return new ServerMessage.OrderStatus(o.orderId(), o.status().name(), o.filled(), o.remaining(), o.avgFillPrice(),
                o.permId(), o.spec().parentId(), o.lastFillPrice(), o.clientId(), o.whyHeld(), 0.0);
    }

    @Override
    public void orderUpdated(SimOrder o) {
        for (ApiClient c : orderAudience(o)) {
            clients.send(c, openOrderMsg(o));
            clients.send(c, statusMsg(o));
        }
    }

    @Override
    public void filled(SimOrder o, Fill f) {
        fills.add(f);
        Contract k = ContractDesk.contract(o.instrument());
        for (ApiClient c : orderAudience(o)) {
            clients.send(c, new ServerMessage.ExecDetails(-1, k, execution(f, o.instrument())));
            if (o.status() == OrderStatus.Filled) {
                clients.send(c, openOrderMsg(o));
            }
            clients.send(c, statusMsg(o));
            sendCommission(c, f, o.instrument());
        }
        Account a = matching.account(o.spec().account());
        accounts.positionChanged(a, a.position(o.instrument().conId()));
    }

    @Override
    public void cancelled(SimOrder o, boolean expired, String reason) {
        for (ApiClient c : orderAudience(o)) {
            if (expired) {
                clients.send(c, openOrderMsg(o));
                clients.send(c, statusMsg(o));
            } else {
                clients.send(c, statusMsg(o));
                clients.error(c, o.orderId(), 202, "Order Canceled - reason:" + reason);
            }
        }
    }

    @Override
    public void orderError(int clientId, int orderId, int code, String text) {
        ApiClient c = clients.get(clientId);
        if (c != null) {
            clients.error(c, orderId, code, text);
        }
    }

    private Execution execution(Fill f, Instrument ins) {
        return new Execution(f.orderId(), f.execId(), IbTimes.format(f.timeNanos(), config.twsZone(),
                config.twsZone().getId()), f.account(), ins.exchange().equals("SMART") ? ins.primaryExchange().isEmpty()
                ? "ISLAND" : ins.primaryExchange() : ins.exchange(), f.side(), f.shares(), f.price(), f.permId(),
                f.clientId(), 0, f.cumQty(), f.avgPrice(), f.orderRef(), "", Wire.UNSET_DOUBLE, "", 2, false);
    }

    /**
     * Sends the commission report of {@code f} to {@code c}, unless a {@code nocomm} fault loses it;
     * a {@code commdelay} fault sends it that much later (not at all if the client has gone by then).
     */
    private void sendCommission(ApiClient c, Fill f, Instrument ins) {
        if (faults.commissionLost()) {
            return;
        }
        ServerMessage.CommissionReport m = commissionMsg(f, ins);
        long delay = faults.commissionDelayNanos();
        if (delay > 0) {
            loop.schedule(loop.now() + delay, () -> clients.send(c, m));
        } else {
            clients.send(c, m);
        }
    }

    private static ServerMessage.CommissionReport commissionMsg(Fill f, Instrument ins) {
        return new ServerMessage.CommissionReport(f.execId(), f.commission(), ins.currency(),
                Double.isNaN(f.realizedPnl()) ? Wire.UNSET_DOUBLE : Math.round(f.realizedPnl() * 1e8) / 1e8,
                Wire.UNSET_DOUBLE, "");
    }

    /** Answers reqOpenOrders ({@code all} false) and reqAllOpenOrders. */
    void openOrders(ApiClient c, boolean all) {
        for (SimOrder o : matching.orders()) {
            if (!o.status().isDone() && (all || o.clientId() == c.clientId || (c.clientId == 0 && c.autoOpenOrders))) {
                clients.send(c, openOrderMsg(o));
                clients.send(c, statusMsg(o));
            }
        }
        clients.send(c, new ServerMessage.OpenOrderEnd());
    }

    /** Answers reqCompletedOrders. */
    void completedOrders(ApiClient c) {
        for (SimOrder o : matching.orders()) {
            if (o.status().isDone()) {
                String when = IbTimes.format(o.completedNanos(), config.twsZone(), config.twsZone().getId());
                OrderState st = new OrderState(o.status().name(), o.commission(), Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE,
                        o.instrument().currency(), "", o.filled(), when, o.status().name());
                clients.send(c, new ServerMessage.CompletedOrder(ContractDesk.contract(o.instrument()), o.spec(), st));
            }
        }
        clients.send(c, new ServerMessage.CompletedOrdersEnd());
    }

    /** Answers reqExecutions. */
    void executions(ApiClient c, int reqId, ExecutionFilter f) {
        long since = Long.MIN_VALUE;
        if (!f.time().isEmpty()) {
            try {
                since = IbTimes.parse(f.time(), config.twsZone());
            } catch (IllegalArgumentException e) {
                clients.error(c, reqId, 321, "Error validating request: bad execution filter time '" + f.time() + "'");
                return;
            }
        }
        for (Fill x : fills) {
            Instrument ins = universe.byConId(x.conId());
            if (ins == null || x.timeNanos() < since || (f.clientId() != 0 && f.clientId() != x.clientId())
                    || (!f.acctCode().isEmpty() && !f.acctCode().equals(x.account()))
                    || (!f.symbol().isEmpty() && !f.symbol().equalsIgnoreCase(ins.symbol()))
                    || (!f.secType().isEmpty() && !f.secType().equalsIgnoreCase(ins.secType().name()))
                    || (!f.exchange().isEmpty() && !f.exchange().equalsIgnoreCase(ins.exchange()))
                    || (!f.side().isEmpty() && !sideMatches(f.side(), x.side()))) {
                continue;
            }
            clients.send(c, new ServerMessage.ExecDetails(reqId, ContractDesk.contract(ins), execution(x, ins)));
            sendCommission(c, x, ins);
        }
        clients.send(c, new ServerMessage.ExecDetailsEnd(reqId));
    }

    private static boolean sideMatches(String filter, String side) {
        String f = filter.toUpperCase(Locale.ROOT);
        return side.equals("BOT") ? f.startsWith("B") : f.startsWith("S");
    }
}
