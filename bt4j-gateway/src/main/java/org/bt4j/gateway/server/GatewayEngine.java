package org.bt4j.gateway.server;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.fault.FaultKind;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.gateway.history.BarAggregator;
import org.bt4j.gateway.history.BarSize;
import org.bt4j.gateway.history.HistoricalBar;
import org.bt4j.gateway.history.HistoricalService;
import org.bt4j.gateway.history.WhatToShow;
import org.bt4j.gateway.market.ContractQuery;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.OrderState;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.bt4j.time.Clock;
import org.bt4j.time.SimulatedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated TWS's brain. <b>Threading:</b> every piece of protocol and market state lives on
 * one "gateway thread" that runs {@link #loop()}: it executes timers in time order (tape events,
 * 5-second bars, keepUpToDate updates, order deadlines, faults) and tasks posted by the socket
 * reader threads ({@link #post}). Nothing else reads or writes that state; the one exception is
 * building a large historical answer (years of daily bars), which the "gateway-history" thread
 * folds from the immutable tape and posts back to the gateway thread to send. Timers run with
 * {@link #now()} equal to their due time, so a {@code SimulatedClock} jump replays every event at its
 * own instant and a test sees exactly what a real-time session would.
 */
public final class GatewayEngine implements MatchingEngine.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayEngine.class);
    private static final long NS = 1_000_000_000L;
    private static final long RT_BAR = 5 * NS;
    private static final long ACCOUNT_REFRESH = 180 * NS;

    private record Timer(long due, long seq, Runnable task) {
    }

    private final GatewayConfig config;
    private final Clock clock;
    private final SimulatedClock simulated;
    private final Runnable wake = () -> post(() -> { });
    private final InstrumentUniverse universe;
    private final Tape tape;
    private final BarAggregator bars;
    private final HistoricalService history;
    private final MatchingEngine matching;
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    /** Builds large historical answers so that the gateway thread never folds years of tape. */
    private final ExecutorService historyBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gateway-history");
        t.setDaemon(true);
        return t;
    });
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) ->
            a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final FieldWriter writer = new FieldWriter();
    private final Map<Integer, Client> clients = new LinkedHashMap<>();
    private final Map<ClientSession, Client> bySession = new HashMap<>();
    private final Map<Integer, Driver> drivers = new HashMap<>();
    private final Map<Integer, Long> reservedClientIds = new HashMap<>();
    private final List<Fill> fills = new ArrayList<>();
    private long seq;
    private long now;
    private volatile Thread thread;
    private volatile boolean running;
    private boolean connectivityLost;
    private boolean marketFarmDown;
    private boolean hmdsFarmDown;
    private long delayNanos;
    private long noCommissionUntil = Long.MIN_VALUE;
    private long commissionDelayNanos;
    private long rejectUntil = Long.MIN_VALUE;
    private long deadlineTimerAt = Long.MAX_VALUE;

    /** Per-client protocol state. */
    private static final class Client {
        final ClientSession session;
        final int clientId;
        final Map<Integer, MktSub> mkt = new HashMap<>();
        final Map<Integer, RtSub> rt = new HashMap<>();
        final Map<Integer, HistSub> hist = new HashMap<>();
        /** Historical requests being built off the gateway thread (cancel drops the answer). */
        final Set<Integer> building = new HashSet<>();
        final Set<Integer> accountMulti = new HashSet<>();
        boolean accountUpdates;
        boolean positions;
        boolean autoOpenOrders;

        Client(ClientSession session, int clientId) {
            this.session = session;
            this.clientId = clientId;
        }
    }

    private static final class MktSub {
        final int tickerId;
        final Instrument ins;
        final boolean rtVolume;
        double bid = Double.NaN, ask = Double.NaN, bidSize = -1, askSize = -1, high = Double.NaN, low = Double.NaN;
        double volume;
        double notional;

        MktSub(int tickerId, Instrument ins, boolean rtVolume) {
            this.tickerId = tickerId;
            this.ins = ins;
            this.rtVolume = rtVolume;
        }
    }

    private static final class RtSub {
        final int reqId;
        final Instrument ins;
        final WhatToShow what;
        final boolean rth;
        boolean alive = true;

        RtSub(int reqId, Instrument ins, WhatToShow what, boolean rth) {
            this.reqId = reqId;
            this.ins = ins;
            this.what = what;
            this.rth = rth;
        }
    }

    private static final class HistSub {
        final int reqId;
        final Instrument ins;
        final WhatToShow what;
        final BarSize size;
        final boolean rth;
        final int formatDate;
        long barStart;
        boolean alive = true;

        HistSub(int reqId, Instrument ins, WhatToShow what, BarSize size, boolean rth, int formatDate, long barStart) {
            this.reqId = reqId;
            this.ins = ins;
            this.what = what;
            this.size = size;
            this.rth = rth;
            this.formatDate = formatDate;
            this.barStart = barStart;
        }
    }

    /** Walks one instrument's tape in time, feeding ticks and order matching. */
    private final class Driver {
        final Instrument ins;
        final TapeCursor cursor;
        boolean pending;
        boolean alive = true;

        Driver(Instrument ins, long from) {
            this.ins = ins;
            this.cursor = tape.cursor(ins, from);
        }

        void arm() {
            pending = cursor.next(Long.MAX_VALUE);
            if (pending) {
                schedule(cursor.time(), this::fire);
            }
        }

        void fire() {
            if (!alive) {
                return;
            }
            onTapeEvent(ins, cursor);
            if (!stillNeeded(ins)) {
                alive = false;
                drivers.remove(ins.conId());
                return;
            }
            arm();
        }
    }

    /**
     * @param config   settings
     * @param universe instruments
     * @param tape     the market
     * @param matching order matching and account
     */
    public GatewayEngine(GatewayConfig config, InstrumentUniverse universe, Tape tape, HistoricalService history,
                         MatchingEngine matching) {
        this.config = config;
        this.clock = config.clock();
        this.universe = universe;
        this.tape = tape;
        this.history = history;
        this.bars = history.aggregator();
        this.matching = matching;
        this.now = clock.nanos();
        this.simulated = clock instanceof SimulatedClock sim ? sim : null;
        if (simulated != null) {
            simulated.addListener(wake);
        }
    }

    // ------------------------------------------------------------------ loop and scheduling

    /** Starts the gateway thread. */
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "gateway");
        t.setDaemon(true);
        thread = t;
        post(() -> {
            for (Instrument ins : universe.all()) {
                if (matching.hasWorkingOrders(ins)) {
                    ensureDriver(ins);
                }
            }
            scheduleDeadlines();
            schedule(now + ACCOUNT_REFRESH, this::refreshAccounts);
        });
        t.start();
    }

    /** Stops the gateway thread after the tasks queued so far. */
    public void stop() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        post(() -> {
            running = false;
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            running = false;
        }
        historyBuilder.shutdownNow();
        if (simulated != null) {
            simulated.removeListener(wake);
        }
    }

    /** Queues a task for the gateway thread (any thread). */
    public void post(Runnable task) {
        inbox.add(task);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Runs {@code task} on the gateway thread and waits for it; also waits for every timer due by now. */
    public <T> T call(java.util.function.Supplier<T> task) {
        if (Thread.currentThread() == thread) {
            return task.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        post(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("gateway thread did not answer: " + e, e);
        }
    }

    /** Current gateway time (gateway thread: the due time of the running timer). */
    public long now() {
        return now;
    }

    private void schedule(long due, Runnable task) {
        timers.add(new Timer(due, seq++, task));
    }

    private void loop() {
        while (running) {
            try {
                long clockNow = clock.nanos();
                Timer t = timers.peek();
                if (t != null && t.due <= clockNow) {
                    timers.poll();
                    now = Math.max(now, t.due);
                    t.task.run();
                    continue;
                }
                Runnable task = inbox.poll();
                if (task != null) {
                    now = Math.max(now, clockNow);
                    task.run();
                    continue;
                }
                long wait = t == null || simulated != null ? Long.MAX_VALUE : t.due - clockNow;
                LockSupport.parkNanos(this, Math.min(wait, 50_000_000L));
            } catch (RuntimeException e) {
                LOG.error("gateway thread: unexpected error (continuing)", e);
            }
        }
    }

    // ------------------------------------------------------------------ connections

    String connectionTime() {
        long n = clock.nanos();
        return DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss zzz", Locale.ROOT)
                .format(Instant.ofEpochSecond(n / NS).atZone(config.twsZone()));
    }

    /** Called by a reader thread for each decoded message. */
    void received(ClientSession s, ClientMessage msg) {
        long delay = delayNanos;
        if (delay > 0) {
            post(() -> schedule(now + delay, () -> handle(s, msg)));
        } else {
            post(() -> handle(s, msg));
        }
    }

    /** Number of connected API clients (after START_API). */
    public int clientCount() {
        return clients.size();
    }

    /** Connected client ids. */
    public Set<Integer> clientIds() {
        return Set.copyOf(clients.keySet());
    }

    void disconnected(ClientSession s) {
        Client c = bySession.remove(s);
        if (c != null && clients.get(c.clientId) == c) {
            clients.remove(c.clientId);
            for (RtSub r : c.rt.values()) {
                r.alive = false;
            }
            for (HistSub h : c.hist.values()) {
                h.alive = false;
            }
            LOG.info("clientId {} disconnected", c.clientId);
        }
    }

    private boolean send(Client c, ServerMessage m) {
        return send(c.session, m);
    }

    /** Queues {@code m} for {@code s}; false (nothing queued) when it does not fit in one API frame. */
    private boolean send(ClientSession s, ServerMessage m) {
        m.write(writer.reset(), s.serverVersion());
        if (writer.length() > Wire.MAX_FRAME_SIZE) {
            LOG.warn("{}: {} of {} bytes exceeds the API frame limit; not sent", s.label(), m.getClass().getSimpleName(),
                    writer.length());
            return false;
        }
        if (!s.send(writer.toPayload())) {
            if (!s.isClosed()) {
                s.closeNow("client is not reading: " + config.queueCapacity() + " messages queued");
            }
        }
        return true;
    }

    private void error(Client c, int id, int code, String text) {
        send(c, new ServerMessage.ErrorMsg(id, code, text, ""));
    }

    private void broadcastError(int code, String text) {
        for (Client c : clients.values()) {
            error(c, -1, code, text);
        }
    }

    // ------------------------------------------------------------------ request dispatch

    private void handle(ClientSession s, ClientMessage msg) {
        if (s.isClosed()) {
            return;
        }
        Client c = bySession.get(s);
        if (c == null) {
            if (msg instanceof ClientMessage.StartApi start) {
                startApi(s, start.clientId());
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
            error(c, -1, 322, "Error processing request: " + e.getMessage());
        }
    }

    private void startApi(ClientSession s, int clientId) {
        Long reserved = reservedClientIds.get(clientId);
        boolean phantom = reserved != null && reserved > now;
        if (clients.containsKey(clientId) || phantom) {
            LOG.warn("{}: clientId {} is already in use; sending 326 and closing", s.label(), clientId);
            send(s, new ServerMessage.ErrorMsg(-1, 326,
                    "Unable to connect as the client id is already in use. Retry with a unique client id.", ""));
            s.closeGracefully();
            return;
        }
        if (clients.size() >= config.maxClients()) {
            LOG.warn("{}: already {} API clients connected; closing", s.label(), clients.size());
            send(s, new ServerMessage.ErrorMsg(-1, 502, "Couldn't connect to TWS: the maximum number of API clients ("
                    + config.maxClients() + ") is connected.", ""));
            s.closeGracefully();
            return;
        }
        s.clientId(clientId);
        Client c = new Client(s, clientId);
        clients.put(clientId, c);
        bySession.put(s, c);
        LOG.info("{} started the API", s.label());
        send(c, new ServerMessage.ManagedAccounts(List.of(config.account())));
        send(c, new ServerMessage.NextValidId(matching.nextValidOrderId()));
        farmStatus(c);
    }

    private void farmStatus(Client c) {
        error(c, -1, marketFarmDown || connectivityLost ? 2103 : 2104,
                marketFarmDown || connectivityLost ? "Market data farm connection is broken:usfarm"
                        : "Market data farm connection is OK:usfarm");
        error(c, -1, hmdsFarmDown || connectivityLost ? 2105 : 2106,
                hmdsFarmDown || connectivityLost ? "HMDS data farm connection is broken:ushmds"
                        : "HMDS data farm connection is OK:ushmds");
        error(c, -1, 2158, "Sec-def data farm connection is OK:secdefnj");
    }

    private void dispatch(Client c, ClientMessage msg) {
        if (msg instanceof ClientMessage.StartApi) {
            error(c, -1, 321, "Error validating request: START_API was already received");
        } else if (msg instanceof ClientMessage.ReqCurrentTime) {
            send(c, new ServerMessage.CurrentTime(Math.floorDiv(now, NS)));
        } else if (msg instanceof ClientMessage.ReqIds) {
            send(c, new ServerMessage.NextValidId(matching.nextValidOrderId()));
        } else if (msg instanceof ClientMessage.ReqManagedAccts) {
            send(c, new ServerMessage.ManagedAccounts(List.of(config.account())));
        } else if (msg instanceof ClientMessage.ReqContractDetails m) {
            contractDetails(c, m);
        } else if (msg instanceof ClientMessage.ReqMarketDataType) {
            // live data is always available; streams say so (58)
        } else if (msg instanceof ClientMessage.ReqMktData m) {
            mktData(c, m);
        } else if (msg instanceof ClientMessage.CancelMktData m) {
            c.mkt.remove(m.tickerId());
        } else if (msg instanceof ClientMessage.ReqRealTimeBars m) {
            realTimeBars(c, m);
        } else if (msg instanceof ClientMessage.CancelRealTimeBars m) {
            RtSub r = c.rt.remove(m.tickerId());
            if (r != null) {
                r.alive = false;
            }
        } else if (msg instanceof ClientMessage.ReqHistoricalData m) {
            historical(c, m);
        } else if (msg instanceof ClientMessage.CancelHistoricalData m) {
            HistSub h = c.hist.remove(m.reqId());
            if (c.building.remove(m.reqId())) {
                LOG.debug("clientId {}: historical request {} cancelled while being built", c.clientId, m.reqId());
            } else if (h != null) {
                h.alive = false;
            } else {
                error(c, m.reqId(), 366, "No historical data query found for ticker id:" + m.reqId());
            }
        } else if (msg instanceof ClientMessage.PlaceOrder m) {
            placeOrder(c, m.orderId(), m.contract(), m.order());
        } else if (msg instanceof ClientMessage.CancelOrder m) {
            matching.cancel(c.clientId, m.orderId(), now);
        } else if (msg instanceof ClientMessage.ReqGlobalCancel) {
            matching.globalCancel(now);
        } else if (msg instanceof ClientMessage.ReqOpenOrders) {
            openOrders(c, false);
        } else if (msg instanceof ClientMessage.ReqAllOpenOrders) {
            openOrders(c, true);
        } else if (msg instanceof ClientMessage.ReqAutoOpenOrders m) {
            if (c.clientId == 0) {
                c.autoOpenOrders = m.autoBind();
            } else {
                error(c, -1, 321, "Error validating request: reqAutoOpenOrders is only for clientId 0");
            }
        } else if (msg instanceof ClientMessage.ReqCompletedOrders) {
            completedOrders(c);
        } else if (msg instanceof ClientMessage.ReqAccountUpdates m) {
            c.accountUpdates = m.subscribe();
            if (m.subscribe()) {
                accountDownload(c);
            }
        } else if (msg instanceof ClientMessage.ReqAccountUpdatesMulti m) {
            accountMulti(c, m.reqId(), m.ledgerAndNlv());
        } else if (msg instanceof ClientMessage.CancelAccountUpdatesMulti m) {
            c.accountMulti.remove(m.reqId());
        } else if (msg instanceof ClientMessage.ReqPositions m) {
            c.positions = true;
            for (Position p : matching.account().positions()) {
                if (p.quantity() != 0) {
                    send(c, positionMsg(p));
                }
            }
            send(c, new ServerMessage.PositionEnd());
        } else if (msg instanceof ClientMessage.CancelPositions) {
            c.positions = false;
        } else if (msg instanceof ClientMessage.ReqExecutions m) {
            executions(c, m.reqId(), m.filter());
        } else if (msg instanceof ClientMessage.Unhandled m) {
            LOG.info("clientId {}: request id {} is not supported by the simulated gateway", c.clientId, m.id());
            error(c, -1, 321, "Error validating request: message id " + m.id() + " is not supported by bt4j gateway");
        } else {
            LOG.info("clientId {}: ignoring {}", c.clientId, msg.getClass().getSimpleName());
            LOG.debug("clientId {}: ignored {}", c.clientId, msg); // its fields (orders, accounts) only at debug
        }
    }

    // ------------------------------------------------------------------ contracts

    private static ContractQuery query(Contract k) {
        return new ContractQuery(k.conId(), k.symbol(), k.secType(), k.lastTradeDateOrContractMonth(), k.strike(),
                k.right(), k.multiplier(), k.exchange(), k.currency(), k.localSymbol(), k.tradingClass());
    }

    private Instrument resolve(Client c, int reqId, Contract k) {
        List<Instrument> found = universe.find(query(k));
        if (found.size() == 1) {
            return found.get(0);
        }
        String what = found.isEmpty() ? "No security definition has been found for the request"
                : "The contract description specified for " + k.symbol() + " is ambiguous (" + found.size() + " matches)";
        error(c, reqId, 200, what);
        return null;
    }

    /** The wire contract of an instrument. */
    public static Contract contract(Instrument i) {
        return new Contract(i.conId(), i.symbol(), i.secType().name(), i.expiry(), i.strike(), i.right(), i.multiplier(),
                i.exchange(), i.primaryExchange(), i.currency(), i.localSymbol(), i.tradingClass(), "", "");
    }

    private void contractDetails(Client c, ClientMessage.ReqContractDetails m) {
        List<Instrument> found = universe.find(query(m.contract()));
        if (found.isEmpty()) {
            error(c, m.reqId(), 200, "No security definition has been found for the request");
            return;
        }
        java.time.LocalDate today = Instant.ofEpochSecond(now / NS).atZone(config.twsZone()).toLocalDate();
        for (Instrument i : found) {
            String expiry = i.expiry().isEmpty() ? "" : i.expiry() + (i.lastTradeTime().isEmpty() ? ""
                    : " " + i.lastTradeTime() + " " + i.ibTimeZoneId());
            Contract k = new Contract(i.conId(), i.symbol(), i.secType().name(), expiry, i.strike(), i.right(),
                    i.multiplier(), i.exchange(), i.primaryExchange(), i.currency(), i.localSymbol(), i.tradingClass(), "", "");
            ContractDetails d = ContractDetails.builder(k).marketName(i.marketName()).minTick(i.minTick())
                    .orderTypes(i.orderTypes()).validExchanges(i.validExchanges()).priceMagnifier(1)
                    .underConId(i.underConId()).longName(i.longName())
                    .contractMonth(i.expiry().length() >= 6 ? i.expiry().substring(0, 6) : "")
                    .industry(i.industry()).category(i.category()).subcategory(i.subcategory())
                    .timeZoneId(i.ibTimeZoneId()).tradingHours(i.tradingHours().ibHours(today.minusDays(1), 7))
                    .liquidHours(i.liquidHours().ibHours(today.minusDays(1), 7)).aggGroup(1)
                    .underSymbol(i.underSymbol()).underSecType(i.underSecType()).marketRuleIds(i.marketRuleIds())
                    .realExpirationDate(i.expiry()).stockType(i.stockType()).minSize(1).sizeIncrement(1)
                    .suggestedSizeIncrement(i.secType() == org.bt4j.gateway.market.SecType.STK ? 100 : 1)
                    .lastTradeTime(i.lastTradeTime()).lastTradeDate(i.expiry()).build();
            send(c, new ServerMessage.ContractData(m.reqId(), d));
        }
        send(c, new ServerMessage.ContractDataEnd(m.reqId()));
    }

    // ------------------------------------------------------------------ market data

    private boolean dataFlowing() {
        return !connectivityLost && !marketFarmDown;
    }

    private void ensureDriver(Instrument ins) {
        if (!drivers.containsKey(ins.conId())) {
            Driver d = new Driver(ins, now);
            drivers.put(ins.conId(), d);
            d.arm();
        }
    }

    private boolean stillNeeded(Instrument ins) {
        if (matching.hasWorkingOrders(ins)) {
            return true;
        }
        for (Client c : clients.values()) {
            for (MktSub m : c.mkt.values()) {
                if (m.ins.conId() == ins.conId()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void mktData(Client c, ClientMessage.ReqMktData m) {
        Instrument ins = resolve(c, m.tickerId(), m.contract());
        if (ins == null) {
            return;
        }
        if (c.mkt.containsKey(m.tickerId())) {
            error(c, m.tickerId(), 322, "Error processing request:-'bW' : cause - Duplicate ticker id");
            return;
        }
        boolean rtVolume = false;
        for (String g : m.genericTickList().split(",")) {
            rtVolume |= g.trim().equals("233");
        }
        MktSub sub = new MktSub(m.tickerId(), ins, rtVolume);
        send(c, new ServerMessage.MarketDataType(m.tickerId(), 1));
        send(c, new ServerMessage.TickReqParams(m.tickerId(), ins.minTick(), "9c0001", 3));
        initialTicks(c, sub);
        if (m.snapshot() || m.regulatorySnapshot()) {
            send(c, new ServerMessage.TickSnapshotEnd(m.tickerId()));
            return;
        }
        c.mkt.put(m.tickerId(), sub);
        ensureDriver(ins);
    }

    private void initialTicks(Client c, MktSub s) {
        Instrument ins = s.ins;
        long[] session = bars.dailySessions(ins, false).containing(now);
        long from = session != null ? session[0] : now - 86_400 * NS;
        HistoricalBar day = bars.window(ins, ins.hasTrades() ? WhatToShow.TRADES : WhatToShow.MIDPOINT, from, now, false);
        HistoricalBar prev = bars.window(ins, ins.hasTrades() ? WhatToShow.TRADES : WhatToShow.MIDPOINT,
                from - 86_400 * NS, from, false);
        Quote q = tape.quoteAt(ins, now);
        int t = s.tickerId;
        if (q != null && ins.hasQuotes()) {
            s.bid = q.bid();
            s.ask = q.ask();
            s.bidSize = q.bidSize();
            s.askSize = q.askSize();
            send(c, new ServerMessage.TickPrice(t, 1, q.bid(), q.bidSize(), 1));
            send(c, new ServerMessage.TickPrice(t, 2, q.ask(), q.askSize(), 1));
        }
        if (q != null && ins.hasTrades()) {
            double last = Double.isNaN(q.last()) ? q.mid() : q.last();
            send(c, new ServerMessage.TickPrice(t, 4, last, q.lastSize(), 0));
        }
        if (day != null) {
            s.high = day.high();
            s.low = day.low();
            send(c, new ServerMessage.TickPrice(t, 6, day.high(), 0, 0));
            send(c, new ServerMessage.TickPrice(t, 7, day.low(), 0, 0));
            send(c, new ServerMessage.TickPrice(t, 14, day.open(), 0, 0));
            if (day.volume() > 0) {
                s.volume = day.volume();
                s.notional = day.volume() * day.wap();
                send(c, new ServerMessage.TickSize(t, 8, day.volume()));
            }
        }
        if (prev != null) {
            send(c, new ServerMessage.TickPrice(t, 9, prev.close(), 0, 0));
        }
    }

    private void onTapeEvent(Instrument ins, TapeCursor e) {
        matching.onEvent(ins, e);
        if (!dataFlowing()) {
            return;
        }
        for (Client c : new ArrayList<>(clients.values())) {
            for (MktSub s : c.mkt.values()) {
                if (s.ins.conId() == ins.conId()) {
                    ticks(c, s, e);
                }
            }
        }
    }

    private void ticks(Client c, MktSub s, TapeCursor e) {
        int t = s.tickerId;
        if (s.ins.hasQuotes()) {
            if (e.bid() != s.bid) {
                send(c, new ServerMessage.TickPrice(t, 1, e.bid(), e.bidSize(), 1));
            } else if (e.bidSize() != s.bidSize) {
                send(c, new ServerMessage.TickSize(t, 0, e.bidSize()));
            }
            if (e.ask() != s.ask) {
                send(c, new ServerMessage.TickPrice(t, 2, e.ask(), e.askSize(), 1));
            } else if (e.askSize() != s.askSize) {
                send(c, new ServerMessage.TickSize(t, 3, e.askSize()));
            }
            s.bid = e.bid();
            s.ask = e.ask();
            s.bidSize = e.bidSize();
            s.askSize = e.askSize();
        }
        if (e.isTrade()) {
            double p = e.tradePrice();
            s.volume += e.tradeSize();
            s.notional += p * e.tradeSize();
            send(c, new ServerMessage.TickPrice(t, 4, p, e.tradeSize(), 0));
            if (e.tradeSize() > 0) {
                send(c, new ServerMessage.TickSize(t, 8, s.volume));
            }
            send(c, new ServerMessage.TickString(t, 45, Long.toString(e.time() / NS)));
            if (s.rtVolume) {
                double vwap = s.volume > 0 ? s.notional / s.volume : p;
                send(c, new ServerMessage.TickString(t, 48, String.format(Locale.ROOT, "%s;%s;%d;%s;%s;true",
                        num(p), num(e.tradeSize()), e.time() / 1_000_000L, num(s.volume),
                        num(Math.round(vwap * 1e8) / 1e8))));
            }
            if (Double.isNaN(s.high) || p > s.high) {
                s.high = p;
                send(c, new ServerMessage.TickPrice(t, 6, p, 0, 0));
            }
            if (Double.isNaN(s.low) || p < s.low) {
                s.low = p;
                send(c, new ServerMessage.TickPrice(t, 7, p, 0, 0));
            }
        }
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private void realTimeBars(Client c, ClientMessage.ReqRealTimeBars m) {
        Instrument ins = resolve(c, m.tickerId(), m.contract());
        if (ins == null) {
            return;
        }
        WhatToShow what = WhatToShow.parseOrNull(m.whatToShow());
        if (what == null || what == WhatToShow.BID_ASK || (what == WhatToShow.TRADES && !ins.hasTrades())) {
            error(c, m.tickerId(), 420, "Invalid Real-time Query: no data of type " + m.whatToShow() + " for "
                    + ins.secType() + " " + ins.localSymbol());
            return;
        }
        if (c.rt.containsKey(m.tickerId())) {
            error(c, m.tickerId(), 322, "Error processing request:-'bW' : cause - Duplicate ticker id");
            return;
        }
        RtSub r = new RtSub(m.tickerId(), ins, what, m.useRth());
        c.rt.put(m.tickerId(), r);
        long start = Math.floorDiv(now, RT_BAR) * RT_BAR;
        schedule(start + RT_BAR, () -> rtBar(c, r, start));
    }

    private void rtBar(Client c, RtSub r, long start) {
        if (!r.alive) {
            return;
        }
        long end = start + RT_BAR;
        if (dataFlowing()) {
            HistoricalBar b = bars.window(r.ins, r.what, start, end, r.rth);
            if (b != null) {
                send(c, new ServerMessage.RealTimeBar(r.reqId, start / NS, b.open(), b.high(), b.low(), b.close(),
                        b.volume(), b.wap(), b.count()));
            }
        }
        schedule(end + RT_BAR, () -> rtBar(c, r, end));
    }

    private void historical(Client c, ClientMessage.ReqHistoricalData m) {
        Instrument ins = resolve(c, m.reqId(), m.contract());
        if (ins == null) {
            return;
        }
        if (connectivityLost || hmdsFarmDown) {
            error(c, m.reqId(), 162, "Historical Market Data Service error message:HMDS data farm connection is broken:ushmds");
            return;
        }
        HistoricalService.Result r = history.admit(ins, m.endDateTime(), m.barSizeSetting(), m.durationStr(),
                m.useRth(), m.whatToShow(), m.keepUpToDate(), now);
        if (r.failed()) {
            error(c, m.reqId(), r.errorCode(), r.errorText());
            return;
        }
        HistoricalService.Request q = r.request();
        if (!history.isLarge(q)) {
            answerHistorical(c, m, q, history.build(q));
            return;
        }
        // years of daily bars take seconds to fold from the tape the first time: build them on the
        // history thread and answer from the gateway thread, unless cancelled or disconnected meanwhile
        c.building.add(m.reqId());
        historyBuilder.execute(() -> {
            List<HistoricalBar> built;
            try {
                built = history.build(q);
            } catch (RuntimeException e) {
                LOG.error("building historical request {} failed", m.reqId(), e);
                built = null;
            }
            List<HistoricalBar> answer = built;
            post(() -> {
                if (!c.building.remove(m.reqId()) || clients.get(c.clientId) != c) {
                    return;
                }
                if (answer == null) {
                    error(c, m.reqId(), 322, "Error processing request:-'bX' : cause - historical bars could not be built");
                } else {
                    answerHistorical(c, m, q, answer);
                }
            });
        });
    }

    private void answerHistorical(Client c, ClientMessage.ReqHistoricalData m, HistoricalService.Request q,
                                  List<HistoricalBar> built) {
        Instrument ins = q.instrument();
        List<Bar> out = new ArrayList<>(built.size());
        for (HistoricalBar b : built) {
            out.add(wireBar(b, ins, m.formatDate()));
        }
        String label = ins.ibTimeZoneId();
        if (!send(c, new ServerMessage.HistoricalData(m.reqId(), IbTimes.format(q.start(), ins.zone(), label),
                IbTimes.format(q.end(), ins.zone(), label), out))) {
            error(c, m.reqId(), 162, "Historical Market Data Service error message:Time length exceed max. (" + out.size()
                    + " bars do not fit in one API message of at most 16 MB; request a shorter duration or larger bars)");
            return;
        }
        if (m.keepUpToDate()) {
            long len = q.barSize().seconds() * NS;
            // daily and longer: updates rebuild the answer's last bar up to now, so they start from it
            long barStart = !q.barSize().isDaily() ? BarAggregator.gridStart(now, len, ins.zone())
                    : built.isEmpty() ? q.start() : built.get(built.size() - 1).start();
            HistSub h = new HistSub(m.reqId(), ins, q.what(), q.barSize(), m.useRth(), m.formatDate(), barStart);
            c.hist.put(m.reqId(), h);
            schedule((Math.floorDiv(now, RT_BAR) + 1) * RT_BAR, () -> histUpdate(c, h));
        }
    }

    private static Bar wireBar(HistoricalBar b, Instrument ins, int formatDate) {
        String time = b.date() != null ? IbTimes.formatDate(b.date())
                : formatDate == 2 ? Long.toString(b.startSeconds()) : IbTimes.format(b.start(), ins.zone(), ins.ibTimeZoneId());
        return new Bar(time, b.open(), b.high(), b.low(), b.close(), b.volume(), b.wap(), b.count());
    }

    private void histUpdate(Client c, HistSub h) {
        if (!h.alive) {
            return;
        }
        if (dataFlowing()) {
            long len = h.size.seconds() * NS;
            if (!h.size.isDaily()) {
                long current = BarAggregator.gridStart(now - 1, len, h.ins.zone());
                if (current > h.barStart) {
                    HistoricalBar done = bars.window(h.ins, h.what, h.barStart, current, h.rth);
                    if (done != null) {
                        send(c, new ServerMessage.HistoricalDataUpdate(h.reqId, wireBar(done, h.ins, h.formatDate)));
                    }
                    h.barStart = current;
                }
            }
            HistoricalBar forming = h.size.isDaily() ? lastDailyBar(h) : bars.window(h.ins, h.what, h.barStart, now, h.rth);
            if (forming != null) {
                send(c, new ServerMessage.HistoricalDataUpdate(h.reqId, wireBar(forming, h.ins, h.formatDate)));
            }
        }
        schedule(now + RT_BAR, () -> histUpdate(c, h));
    }

    /**
     * The forming day, week or month of a keepUpToDate subscription, built exactly as a historical
     * answer's last bar (ended sessions from the daily-bar cache, so each update folds at most the
     * current session); the subscription moves on to it. Null when there is no data.
     */
    private HistoricalBar lastDailyBar(HistSub h) {
        List<HistoricalBar> recent = bars.bars(h.ins, h.what, h.size, h.barStart, now, h.rth);
        if (recent.isEmpty()) {
            return null;
        }
        HistoricalBar last = recent.get(recent.size() - 1);
        h.barStart = last.start();
        return last;
    }

    // ------------------------------------------------------------------ orders

    private void placeOrder(Client c, int orderId, Contract k, Order o) {
        Instrument ins = resolve(c, orderId, k);
        if (ins == null) {
            return;
        }
        if (rejectUntil > now) {
            matching.rejectOrders("rejected by fault injection");
        } else {
            matching.rejectOrders(null);
        }
        Order spec = o.toBuilder().orderId(orderId).clientId(c.clientId)
                .account(o.account().isEmpty() ? config.account() : o.account()).build();
        SimOrder placed = matching.place(ins, spec, now);
        if (placed != null && !placed.status().isDone()) {
            ensureDriver(ins);
            scheduleDeadlines();
        }
    }

    private void scheduleDeadlines() {
        long next = matching.nextDeadline();
        if (next < deadlineTimerAt) {
            deadlineTimerAt = next;
            schedule(next, () -> {
                deadlineTimerAt = Long.MAX_VALUE;
                matching.onTime(now, tape);
                scheduleDeadlines();
            });
        }
    }

    private List<Client> orderAudience(SimOrder o) {
        List<Client> out = new ArrayList<>(2);
        Client owner = clients.get(o.clientId());
        if (owner != null) {
            out.add(owner);
        }
        Client zero = clients.get(0);
        if (zero != null && zero != owner && zero.autoOpenOrders) {
            out.add(zero);
        }
        return out;
    }

    private ServerMessage.OpenOrder openOrderMsg(SimOrder o) {
        double comm = o.filled() > 0 ? o.commission() : Wire.UNSET_DOUBLE;
        return new ServerMessage.OpenOrder(contract(o.instrument()), o.spec(), new OrderState(o.status().name(), comm,
                Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE, o.instrument().currency(), "", Wire.UNSET_DOUBLE, "", ""));
    }

    private ServerMessage.OrderStatus statusMsg(SimOrder o) {
        return new ServerMessage.OrderStatus(o.orderId(), o.status().name(), o.filled(), o.remaining(), o.avgFillPrice(),
                o.permId(), o.spec().parentId(), o.lastFillPrice(), o.clientId(), o.whyHeld(), 0.0);
    }

    @Override
    public void orderUpdated(SimOrder o) {
        for (Client c : orderAudience(o)) {
            send(c, openOrderMsg(o));
            send(c, statusMsg(o));
        }
    }

    @Override
    public void filled(SimOrder o, Fill f) {
        fills.add(f);
        Contract k = contract(o.instrument());
        for (Client c : orderAudience(o)) {
            send(c, new ServerMessage.ExecDetails(-1, k, execution(f, o.instrument())));
            if (o.status() == OrderStatus.Filled) {
                send(c, openOrderMsg(o));
            }
            send(c, statusMsg(o));
            sendCommission(c, f, o.instrument());
        }
        Position p = matching.account().position(o.instrument().conId());
        for (Client c : clients.values()) {
            if (c.positions && p != null) {
                send(c, positionMsg(p));
            }
            if (c.accountUpdates) {
                portfolio(c, p);
                accountValues(c);
            }
        }
    }

    @Override
    public void cancelled(SimOrder o, boolean expired, String reason) {
        for (Client c : orderAudience(o)) {
            if (expired) {
                send(c, openOrderMsg(o));
                send(c, statusMsg(o));
            } else {
                send(c, statusMsg(o));
                error(c, o.orderId(), 202, "Order Canceled - reason:" + reason);
            }
        }
    }

    @Override
    public void orderError(int clientId, int orderId, int code, String text) {
        Client c = clients.get(clientId);
        if (c != null) {
            error(c, orderId, code, text);
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
    private void sendCommission(Client c, Fill f, Instrument ins) {
        if (now < noCommissionUntil) {
            return;
        }
        ServerMessage.CommissionReport m = commissionMsg(f, ins);
        if (commissionDelayNanos > 0) {
            schedule(now + commissionDelayNanos, () -> send(c, m));
        } else {
            send(c, m);
        }
    }

    private static ServerMessage.CommissionReport commissionMsg(Fill f, Instrument ins) {
        return new ServerMessage.CommissionReport(f.execId(), f.commission(), ins.currency(),
                Double.isNaN(f.realizedPnl()) ? Wire.UNSET_DOUBLE : Math.round(f.realizedPnl() * 1e8) / 1e8,
                Wire.UNSET_DOUBLE, "");
    }

    private void openOrders(Client c, boolean all) {
        for (SimOrder o : matching.orders()) {
            if (!o.status().isDone() && (all || o.clientId() == c.clientId || (c.clientId == 0 && c.autoOpenOrders))) {
                send(c, openOrderMsg(o));
                send(c, statusMsg(o));
            }
        }
        send(c, new ServerMessage.OpenOrderEnd());
    }

    private void completedOrders(Client c) {
        for (SimOrder o : matching.orders()) {
            if (o.status().isDone()) {
                String when = IbTimes.format(o.completedNanos(), config.twsZone(), config.twsZone().getId());
                OrderState st = new OrderState(o.status().name(), o.commission(), Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE,
                        o.instrument().currency(), "", o.filled(), when, o.status().name());
                send(c, new ServerMessage.CompletedOrder(contract(o.instrument()), o.spec(), st));
            }
        }
        send(c, new ServerMessage.CompletedOrdersEnd());
    }

    private void executions(Client c, int reqId, ExecutionFilter f) {
        long since = Long.MIN_VALUE;
        if (!f.time().isEmpty()) {
            try {
                since = IbTimes.parse(f.time(), config.twsZone());
            } catch (IllegalArgumentException e) {
                error(c, reqId, 321, "Error validating request: bad execution filter time '" + f.time() + "'");
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
            send(c, new ServerMessage.ExecDetails(reqId, contract(ins), execution(x, ins)));
            sendCommission(c, x, ins);
        }
        send(c, new ServerMessage.ExecDetailsEnd(reqId));
    }

    private static boolean sideMatches(String filter, String side) {
        String f = filter.toUpperCase(Locale.ROOT);
        return side.equals("BOT") ? f.startsWith("B") : f.startsWith("S");
    }

    /** Restores executions of the current session from the state store. */
    public void restoreFills(List<Fill> restored) {
        fills.addAll(restored);
    }

    // ------------------------------------------------------------------ account

    private double mark(int conId) {
        Instrument ins = universe.byConId(conId);
        Quote q = ins == null ? null : tape.quoteAt(ins, now);
        return q == null ? 0 : q.markPrice();
    }

    private ServerMessage.Position positionMsg(Position p) {
        Instrument ins = universe.byConId(p.conId());
        return new ServerMessage.Position(config.account(), contract(ins), p.quantity(),
                p.avgCost() * ins.multiplierValue());
    }

    private void portfolio(Client c, Position p) {
        if (p == null) {
            return;
        }
        Instrument ins = universe.byConId(p.conId());
        double m = mark(p.conId());
        double mv = p.quantity() * m * ins.multiplierValue();
        send(c, new ServerMessage.UpdatePortfolio(contract(ins), p.quantity(), m, round2(mv),
                p.avgCost() * ins.multiplierValue(), round2(Account.unrealized(p, ins, m)), round2(p.realized()),
                config.account()));
    }

    private Map<String, Double> accountNumbers() {
        Account a = matching.account();
        Map<Integer, Instrument> byId = new HashMap<>();
        double unreal = 0;
        double gross = 0;
        for (Position p : a.positions()) {
            Instrument ins = universe.byConId(p.conId());
            byId.put(p.conId(), ins);
            if (p.quantity() != 0) {
                double m = mark(p.conId());
                unreal += Account.unrealized(p, ins, m);
                gross += Math.abs(p.quantity() * m * ins.multiplierValue());
            }
        }
        double mv = a.marketValue(byId, this::mark);
        double nlv = a.cash() + mv;
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("NetLiquidation", nlv);
        v.put("TotalCashValue", a.cash());
        v.put("TotalCashBalance", a.cash());
        v.put("CashBalance", a.cash());
        v.put("EquityWithLoanValue", nlv);
        v.put("GrossPositionValue", gross);
        v.put("BuyingPower", Math.max(0, nlv * 4 - gross));
        v.put("AvailableFunds", nlv - gross * 0.25);
        v.put("ExcessLiquidity", nlv - gross * 0.25);
        v.put("InitMarginReq", gross * 0.25);
        v.put("MaintMarginReq", gross * 0.25);
        v.put("UnrealizedPnL", unreal);
        v.put("RealizedPnL", a.realized());
        return v;
    }

    private void accountValues(Client c) {
        String acct = config.account();
        String cur = matching.account().currency();
        for (Map.Entry<String, Double> e : accountNumbers().entrySet()) {
            String val = String.format(Locale.ROOT, "%.2f", e.getValue());
            send(c, new ServerMessage.UpdateAccountValue(e.getKey(), val, cur, acct));
            if (e.getKey().equals("TotalCashBalance") || e.getKey().equals("CashBalance")
                    || e.getKey().equals("NetLiquidation")) {
                send(c, new ServerMessage.UpdateAccountValue(e.getKey(), val, "BASE", acct));
            }
        }
        send(c, new ServerMessage.UpdateAccountValue("AccountCode", acct, "", acct));
        send(c, new ServerMessage.UpdateAccountValue("AccountType", "INDIVIDUAL", "", acct));
        send(c, new ServerMessage.UpdateAccountValue("Currency", cur, cur, acct));
        send(c, new ServerMessage.UpdateAccountTime(IbTimes.hhmm(now, config.twsZone())));
    }

    private void accountDownload(Client c) {
        accountValues(c);
        for (Position p : matching.account().positions()) {
            portfolio(c, p);
        }
        send(c, new ServerMessage.AccountDownloadEnd(config.account()));
    }

    private void accountMulti(Client c, int reqId, boolean ledgerAndNlv) {
        c.accountMulti.add(reqId);
        String cur = matching.account().currency();
        for (Map.Entry<String, Double> e : accountNumbers().entrySet()) {
            send(c, new ServerMessage.AccountUpdateMulti(reqId, config.account(), "", e.getKey(),
                    String.format(Locale.ROOT, "%.2f", e.getValue()), cur));
        }
        send(c, new ServerMessage.AccountUpdateMultiEnd(reqId));
    }

    private void refreshAccounts() {
        for (Client c : clients.values()) {
            if (c.accountUpdates) {
                for (Position p : matching.account().positions()) {
                    if (p.quantity() != 0) {
                        portfolio(c, p);
                    }
                }
                accountValues(c);
            }
        }
        schedule(now + ACCOUNT_REFRESH, this::refreshAccounts);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // ------------------------------------------------------------------ faults

    /** Schedules {@code f} at {@code startNanos + f.at()} (any thread). */
    public void schedule(FaultSpec f, long startNanos) {
        post(() -> schedule(Math.max(now, startNanos + f.at().toNanos()), () -> apply(f)));
    }

    /** Applies a fault now (gateway thread). */
    void apply(FaultSpec f) {
        long d = f.duration().toNanos();
        LOG.warn("fault injected: {} for {} (arg {})", f.kind(), f.duration(), f.arg());
        switch (f.kind()) {
            case CONNLOSS_MAINTAINED, CONNLOSS_LOST -> {
                connectivityLost = true;
                broadcastError(1100, "Connectivity between IB and Trader Workstation has been lost.");
                broadcastError(2103, "Market data farm connection is broken:usfarm");
                broadcastError(2105, "HMDS data farm connection is broken:ushmds");
                schedule(now + d, () -> restore(f.kind() == FaultKind.CONNLOSS_LOST));
            }
            case FARM_MARKET -> {
                marketFarmDown = true;
                broadcastError(2103, "Market data farm connection is broken:usfarm");
                schedule(now + d, () -> {
                    marketFarmDown = false;
                    broadcastError(2104, "Market data farm connection is OK:usfarm");
                });
            }
            case FARM_HMDS -> {
                hmdsFarmDown = true;
                broadcastError(2105, "HMDS data farm connection is broken:ushmds");
                schedule(now + d, () -> {
                    hmdsFarmDown = false;
                    broadcastError(2106, "HMDS data farm connection is OK:ushmds");
                });
            }
            case DROP -> {
                for (Client c : new ArrayList<>(clients.values())) {
                    if (f.arg() < 0 || f.arg() == c.clientId) {
                        c.session.closeNow("fault injection: socket dropped");
                    }
                }
            }
            case DELAY -> delayNanos = d;
            case NOCOMM -> noCommissionUntil = d == 0 ? Long.MAX_VALUE : now + d;
            case COMMDELAY -> commissionDelayNanos = d;
            case REJECT -> rejectUntil = d == 0 ? Long.MAX_VALUE : now + d;
            case CONFLICT -> reservedClientIds.put(f.arg(), now + d);
        }
    }

    private void restore(boolean dataLost) {
        connectivityLost = false;
        if (dataLost) {
            for (Client c : clients.values()) {
                c.mkt.clear();
                c.rt.values().forEach(r -> r.alive = false);
                c.rt.clear();
                c.hist.values().forEach(h -> h.alive = false);
                c.hist.clear();
                c.building.clear();
            }
            broadcastError(1101, "Connectivity between IB and Trader Workstation has been restored - data lost.");
        } else {
            broadcastError(1102, "Connectivity between IB and Trader Workstation has been restored - data maintained. "
                    + "All data farms are connected: usfarm; ushmds; secdefnj.");
        }
        broadcastError(2104, "Market data farm connection is OK:usfarm");
        broadcastError(2106, "HMDS data farm connection is OK:ushmds");
    }

    /** Stops rejecting orders, delaying replies and losing or delaying commission reports (tests). */
    public void clearFaults() {
        post(() -> {
            delayNanos = 0;
            rejectUntil = Long.MIN_VALUE;
            noCommissionUntil = Long.MIN_VALUE;
            commissionDelayNanos = 0;
            reservedClientIds.clear();
        });
    }

    /** Duration helper for callers. */
    static long nanos(Duration d) {
        return d.toNanos();
    }

    /** The account state (gateway thread). */
    public Account account() {
        return matching.account();
    }

    /** The matching engine (gateway thread). */
    public MatchingEngine matching() {
        return matching;
    }

    /** Frames waiting for each connected client (diagnostics). */
    public Map<Integer, Integer> backlogs() {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (Client c : clients.values()) {
            m.put(c.clientId, c.session.backlog());
        }
        return m;
    }
}
