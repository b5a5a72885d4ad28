package org.bt4j.gateway.server;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.gateway.history.HistoricalService;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated TWS's brain: wires the desks that each own one concern (sessions {@link ApiClients},
 * {@link ContractDesk}, {@link MarketDataDesk}, {@link HistoryDesk}, {@link OrderDesk},
 * {@link AccountDesk}, {@link FaultDesk}) and routes each decoded request to its desk.
 * <b>Threading:</b> every piece of protocol and market state lives on one "gateway thread"
 * ({@link GatewayLoop}): it executes timers in time order (tape events, 5-second bars, keepUpToDate
 * updates, order deadlines, faults) and tasks posted by the socket reader threads ({@link #post}).
 * Nothing else reads or writes that state; the one exception is building a large historical answer,
 * which {@link HistoryDesk} folds on its own thread. Timers run with {@link #now()} equal to their
 * due time, so a {@code SimulatedClock} jump replays every event at its own instant and a test sees
 * exactly what a real-time session would.
 */
public final class GatewayEngine implements MatchingEngine.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayEngine.class);
    private static final long NS = 1_000_000_000L;
    /**
     * How long a clientId conflict waits, on the wall clock, for the old connection's close: IB's
     * official Python client closes its socket while its reader thread sits in a 1-second recv, and
     * the close reaches the gateway only when that returns.
     */
    static final long RECONNECT_GRACE = 1_500_000_000L;

    private final GatewayLoop loop;
    private final MatchingEngine matching;
    private final ApiClients clients;
    private final FaultDesk faults;
    private final ContractDesk contracts;
    private final MarketDataDesk marketData;
    private final HistoryDesk history;
    private final AccountDesk accounts;
    private final OrderDesk orders;
    private final AccountSummaryDesk summaries;
    private final ReferenceDesk reference;
    private final TickDesk ticks;
    private final DepthDesk depth;

    /**
     * @param config   settings
     * @param universe instruments
     * @param tape     the market
     * @param history  historical bars
     * @param matching order matching and account
     */
    public GatewayEngine(GatewayConfig config, InstrumentUniverse universe, Tape tape, HistoricalService history,
                         MatchingEngine matching) {
        this.matching = matching;
        this.loop = new GatewayLoop(config.clock());
        this.clients = new ApiClients(config, loop, matching);
        this.faults = new FaultDesk(loop, clients);
        this.contracts = new ContractDesk(config, loop, clients, universe);
        this.marketData = new MarketDataDesk(config, loop, clients, contracts, faults, tape, history.aggregator(), matching);
        this.history = new HistoryDesk(loop, clients, contracts, faults, history);
        this.accounts = new AccountDesk(config, loop, clients, universe, tape, matching);
        this.summaries = new AccountSummaryDesk(loop, clients, accounts, universe, matching);
        this.reference = new ReferenceDesk(config, loop, clients, contracts, universe);
        this.ticks = new TickDesk(config, loop, clients, contracts, faults, tape);
        this.depth = new DepthDesk(loop, clients, contracts, faults, tape);
        this.orders = new OrderDesk(config, loop, clients, contracts, faults, marketData, accounts, universe, tape,
                matching);
    }

    // ------------------------------------------------------------------ loop

    /** The gateway's clock (sessions count their frames on it when it is virtual). */
    org.bt4j.time.Clock clock() {
        return loop.clock();
    }

    /** Starts the gateway thread. */
    public void start() {
        post(() -> {
            orders.start();
            accounts.start();
        });
        loop.start();
    }

    /** Stops the gateway thread after the tasks queued so far. */
    public void stop() {
        loop.stop();
        history.stop();
    }

    /** Queues a task for the gateway thread (any thread). */
    public void post(Runnable task) {
        loop.post(task);
    }

    /** Runs {@code task} on the gateway thread and waits for it; also waits for every timer due by now. */
    public <T> T call(Supplier<T> task) {
        return loop.call(task);
    }

    /** Current gateway time (gateway thread: the due time of the running timer). */
    public long now() {
        return loop.now();
    }

    // ------------------------------------------------------------------ connections

    String connectionTime() {
        return clients.connectionTime();
    }

    /** Called by a reader thread for each decoded message. */
    void received(ClientSession s, ClientMessage msg) {
        long delay = faults.delayNanos();
        if (delay > 0) {
            post(() -> loop.schedule(loop.now() + delay, () -> handle(s, msg)));
        } else {
            post(() -> handle(s, msg));
        }
    }

    void disconnected(ClientSession s) {
        clients.disconnected(s);
    }

    /** Number of connected API clients (after START_API). */
    public int clientCount() {
        return clients.count();
    }

    /** Connected client ids. */
    public Set<Integer> clientIds() {
        return clients.ids();
    }

    /** Frames waiting for each connected client (diagnostics). */
    public Map<Integer, Integer> backlogs() {
        return clients.backlogs();
    }

    // ------------------------------------------------------------------ request dispatch

    private void handle(ClientSession s, ClientMessage msg) {
        if (s.isClosed()) {
            return;
        }
        ApiClient c = clients.of(s);
        if (c == null) {
            if (msg instanceof ClientMessage.StartApi start) {
                startApi(s, start, false);
            } else {
                LOG.warn("{} sent {} before START_API; ignored", s.label(), msg.getClass().getSimpleName());
            }
            return;
        }
        try {
            dispatch(c, msg);
        } catch (RuntimeException e) {
            LOG.error("{}: failed to handle {}", s.label(), msg.getClass().getSimpleName(), e);
            LOG.debug("{}: the request was {}", s.label(), msg); // its fields (orders, accounts) only at debug
            clients.error(c, -1, 322, "Error processing request: " + e.getMessage());
        }
    }

    /**
     * Admits a client. On the wall clock, a clientId still held by a connection is looked at again
     * {@link #RECONNECT_GRACE} later before 326: a client that closes its socket and reconnects at
     * once is often ahead of its old connection's close.
     */
    private void startApi(ClientSession s, ClientMessage.StartApi start, boolean lookedAgain) {
        if (s.isClosed()) {
            return;
        }
        boolean reserved = faults.reserved(start.clientId());
        if (!lookedAgain && !reserved && loop.realTime() && clients.get(start.clientId()) != null) {
            loop.schedule(loop.now() + RECONNECT_GRACE, () -> startApi(s, start, true));
            return;
        }
        ApiClient started = clients.start(s, start.clientId(), reserved);
        if (started != null) {
            faults.farmStatus(started);
            // TWS's "Download open orders on connection": a reconnecting client gets its working orders back
            orders.openOrders(started, false);
        }
    }

    private void dispatch(ApiClient c, ClientMessage msg) {
        if (msg instanceof ClientMessage.StartApi) {
            clients.error(c, -1, 321, "Error validating request: START_API was already received");
        } else if (msg instanceof ClientMessage.ReqCurrentTime) {
            clients.send(c, new ServerMessage.CurrentTime(Math.floorDiv(loop.now(), NS)));
        } else if (msg instanceof ClientMessage.ReqIds) {
            clients.send(c, new ServerMessage.NextValidId(matching.nextValidOrderId()));
        } else if (msg instanceof ClientMessage.ReqManagedAccts) {
            clients.managedAccounts(c);
        } else if (msg instanceof ClientMessage.ReqContractDetails m) {
            contracts.contractDetails(c, m);
        } else if (msg instanceof ClientMessage.ReqMarketDataType m) {
            marketData.marketDataType(c, m.marketDataType());
        } else if (msg instanceof ClientMessage.ReqMktData m) {
            marketData.mktData(c, m);
        } else if (msg instanceof ClientMessage.CancelMktData m) {
            marketData.cancelMktData(c, m.tickerId());
        } else if (msg instanceof ClientMessage.ReqRealTimeBars m) {
            marketData.realTimeBars(c, m);
        } else if (msg instanceof ClientMessage.CancelRealTimeBars m) {
            marketData.cancelRealTimeBars(c, m.tickerId());
        } else if (msg instanceof ClientMessage.ReqHistoricalData m) {
            history.historical(c, m);
        } else if (msg instanceof ClientMessage.CancelHistoricalData m) {
            history.cancel(c, m.reqId());
        } else if (msg instanceof ClientMessage.PlaceOrder m) {
            orders.placeOrder(c, m.orderId(), m.contract(), m.order());
        } else if (msg instanceof ClientMessage.CancelOrder m) {
            orders.cancel(c, m.orderId());
        } else if (msg instanceof ClientMessage.ReqGlobalCancel) {
            orders.globalCancel(c);
        } else if (msg instanceof ClientMessage.ReqOpenOrders) {
            orders.openOrders(c, false);
        } else if (msg instanceof ClientMessage.ReqAllOpenOrders) {
            orders.openOrders(c, true);
        } else if (msg instanceof ClientMessage.ReqAutoOpenOrders m) {
            orders.autoOpenOrders(c, m.autoBind());
        } else if (msg instanceof ClientMessage.ReqCompletedOrders) {
            orders.completedOrders(c);
        } else if (msg instanceof ClientMessage.ReqAccountUpdates m) {
            accounts.accountUpdates(c, m.subscribe(), m.acctCode());
        } else if (msg instanceof ClientMessage.ReqAccountUpdatesMulti m) {
            accounts.accountMulti(c, m.reqId(), m.account(), m.ledgerAndNlv());
        } else if (msg instanceof ClientMessage.CancelAccountUpdatesMulti m) {
            c.accountMulti.remove(m.reqId());
        } else if (msg instanceof ClientMessage.ReqPositions) {
            accounts.positions(c);
        } else if (msg instanceof ClientMessage.CancelPositions) {
            c.positions = false;
        } else if (msg instanceof ClientMessage.ReqExecutions m) {
            orders.executions(c, m.reqId(), m.filter());
        } else if (!dispatchReference(c, msg)) {
            LOG.info("clientId {}: ignoring {}", c.clientId, msg.getClass().getSimpleName());
            LOG.debug("clientId {}: ignored {}", c.clientId, msg); // its fields (orders, accounts) only at debug
        }
    }

    /** Account summary, PnL, reference data, depth and tick requests; false for any other message. */
    private boolean dispatchReference(ApiClient c, ClientMessage msg) {
        if (msg instanceof ClientMessage.ReqAccountSummary m) {
            summaries.accountSummary(c, m);
        } else if (msg instanceof ClientMessage.CancelAccountSummary m) {
            summaries.cancelAccountSummary(c, m.reqId());
        } else if (msg instanceof ClientMessage.ReqPnL m) {
            summaries.pnl(c, m.reqId(), m.account(), 0);
        } else if (msg instanceof ClientMessage.ReqPnLSingle m) {
            summaries.pnl(c, m.reqId(), m.account(), m.conId());
        } else if (msg instanceof ClientMessage.CancelPnL m) {
            summaries.cancelPnl(c, m.reqId());
        } else if (msg instanceof ClientMessage.CancelPnLSingle m) {
            summaries.cancelPnl(c, m.reqId());
        } else if (msg instanceof ClientMessage.ReqSecDefOptParams m) {
            reference.optionChains(c, m);
        } else if (msg instanceof ClientMessage.ReqMatchingSymbols m) {
            reference.matchingSymbols(c, m);
        } else if (msg instanceof ClientMessage.ReqMarketRule m) {
            reference.marketRule(c, m.marketRuleId());
        } else if (msg instanceof ClientMessage.ReqHeadTimestamp m) {
            reference.headTimestamp(c, m);
        } else if (msg instanceof ClientMessage.ReqFundamentalData m) {
            reference.fundamentalData(c, m);
        } else if (msg instanceof ClientMessage.ReqHistoricalTicks m) {
            ticks.historicalTicks(c, m);
        } else if (msg instanceof ClientMessage.ReqTickByTickData m) {
            ticks.tickByTick(c, m);
        } else if (msg instanceof ClientMessage.CancelTickByTickData m) {
            ticks.cancel(c, m.reqId());
        } else if (msg instanceof ClientMessage.ReqMktDepth m) {
            depth.depth(c, m);
        } else if (msg instanceof ClientMessage.CancelMktDepth m) {
            depth.cancel(c, m.tickerId());
        } else if (msg instanceof ClientMessage.CancelHeadTimestamp || msg instanceof ClientMessage.CancelFundamentalData) {
            LOG.debug("clientId {}: {} (answered already)", c.clientId, msg.getClass().getSimpleName());
        } else if (msg instanceof ClientMessage.Unhandled m) {
            LOG.info("clientId {}: request id {} is not supported by the simulated gateway", c.clientId, m.id());
            clients.error(c, -1, 321, "Error validating request: message id " + m.id() + " is not supported by bt4j gateway");
        } else {
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ orders (matching engine events)

    /** Restores executions of the current session from the state store. */
    public void restoreFills(List<Fill> restored) {
        orders.restoreFills(restored);
    }

    @Override
    public void orderUpdated(SimOrder o) {
        orders.orderUpdated(o);
    }

    @Override
    public void filled(SimOrder o, Fill f) {
        orders.filled(o, f);
    }

    @Override
    public void cancelled(SimOrder o, boolean expired, String reason) {
        orders.cancelled(o, expired, reason);
    }

    @Override
    public void orderError(int clientId, int orderId, int code, String text) {
        orders.orderError(clientId, orderId, code, text);
    }

    /** The account state (gateway thread). */
    public Account account() {
        return matching.account();
    }

    /** The matching engine (gateway thread). */
    public MatchingEngine matching() {
        return matching;
    }

    // ------------------------------------------------------------------ faults

    /** Schedules {@code f} at {@code startNanos + f.at()} (any thread). */
    public void schedule(FaultSpec f, long startNanos) {
        faults.schedule(f, startNanos);
    }

    /** Applies a fault now (gateway thread). */
    public void apply(FaultSpec f) {
        faults.apply(f);
    }

    /** Stops rejecting orders, delaying replies and losing or delaying commission reports (tests). */
    public void clearFaults() {
        post(faults::clear);
    }
}
