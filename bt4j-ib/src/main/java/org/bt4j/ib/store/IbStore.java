package org.bt4j.ib.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bt4j.BadInputException;
import org.bt4j.feed.Store;
import org.bt4j.feed.StoreNotice;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbConnection;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.Inlet;
import org.bt4j.time.Clock;
import org.bt4j.time.SystemClock;

/**
 * backtrader's IBStore: one supervised connection to TWS that hands out the live data feeds and the
 * broker, owns request and order ids, resolves contracts, and collects store notifications — TWS
 * errors and notices in the seed's form
 * {@code <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>}, or every
 * message with {@code notifyall}. It knows the session's account ({@link #account(String)}, checked
 * against the managed accounts at {@link #start()}), its market data type (asked at every
 * connection; switched to delayed once, with a notification, when a feed has no subscription) and
 * whether TWS's API is read-only (the first 321 "Read-Only mode" becomes one clear notification;
 * the broker then rejects orders without sending them). {@link #getData} and {@link #getBroker}
 * hand out its feeds and broker as backtrader's {@code getdata}/{@code getbroker}. Feeds and broker see
 * the store only through the ports they declare ({@link IbData.Port}, {@link IbBroker.Port}), so
 * neither package depends on this one; they register for {@link StoreEvent}s to backfill and
 * reconcile after reconnects.
 *
 * <p>A single-threaded state machine fed by its {@link EngineLoop}: the connection's threads only
 * decode and offer {@link StoreEvent}s to the loop's inbox; the loop hands each to the store on the
 * engine thread, which updates its own state (connected or not, accounts, ids, the TWS time
 * offset, shared history requests, account tables) and passes it on to its listeners, the feeds and
 * the broker, at once. Ids are plain counters of the store, so a run hands out the same ids every
 * time. The events can be recorded and replayed ({@link EngineLoop#record},
 * {@link EngineLoop#replaying}); a store on a replaying loop never connects and sends nothing.
 *
 * <p>Threading: engine thread only (the thread that runs the loop), except {@link #stop()}.
 */
public final class IbStore implements Store, IbData.Port, IbBroker.Port, AutoCloseable {

    /** First id handed out by {@link #nextRequestId()}, above the client's own range. */
    public static final int FIRST_STORE_REQUEST_ID = 0x02000000;
    /** IB's client code for a connection that could not be made ("Couldn't connect to TWS"), on the give-up notice. */
    public static final int CONNECT_FAIL = 502;

    private final IbStoreParams params;
    private final EngineLoop loop;
    private final IbConnection connection;
    private final Inlet<StoreEvent> inlet = new EventInlet();
    private final ArrayDeque<StoreNotice> notifications = new ArrayDeque<>();
    private final List<Consumer<StoreEvent>> listeners = new ArrayList<>();
    private final List<Runnable> notificationSignals = new ArrayList<>();
    private final Map<Integer, Lookup> lookups = new HashMap<>();
    private final AccountBook accountBook = new AccountBook();
    /** Identical historical requests (key: every field but the id) in flight or answered lately. */
    private final Map<String, SharedHistory> history = new HashMap<>();
    private boolean connected;
    private boolean gaveUp;
    private List<String> accounts = List.of();
    private int clientId;
    private int nextRequestId = FIRST_STORE_REQUEST_ID;
    private int nextOrderId = -1;
    private long offsetNanos;
    /** The account asked for ({@code null}: the first managed one). */
    private String account;
    private MarketDataType marketDataType = MarketDataType.LIVE;
    private boolean delayedFallback = true;
    /** TWS answered an order with 321 "Read-Only mode". */
    private boolean readOnly;
    private IbBroker broker;

    /** Subscription keys of the store's own account streams (never a TWS request id). */
    private static final int ACCOUNT_UPDATES_KEY = -100;
    private static final int POSITIONS_KEY = -101;
    private static final int MARKET_DATA_TYPE_KEY = -102;

    /**
     * One historical request that several feeds may share: its id, users, whether it has left
     * (the users' {@link SendListener}s hear it), and its answer once complete.
     */
    private final class SharedHistory implements SendListener {
        final int reqId;
        int users = 1;
        boolean sent;
        final List<SendListener> senders = new ArrayList<>(2);
        /** How many of {@link #senders} heard the current state. */
        int told;
        ServerMessage.HistoricalData answer;
        long answeredAt;

        SharedHistory(int reqId, SendListener first) {
            this.reqId = reqId;
            senders.add(first);
        }

        /** The client's writer thread: only offers the news to the loop. */
        @Override
        public void sent() {
            loop.offer(inlet, new StoreEvent.Paced(reqId, true));
        }

        /** The client's writer thread: only offers the news to the loop. */
        @Override
        public void queued() {
            loop.offer(inlet, new StoreEvent.Paced(reqId, false));
        }

        /** Tells the users that have not heard it yet that the request left ({@code out}) or waits again. */
        void paced(boolean out) {
            if (out != sent) {
                sent = out;
                told = 0;
            }
            List<SendListener> todo = List.copyOf(senders.subList(told, senders.size()));
            told = senders.size();
            for (SendListener l : todo) {
                if (out) {
                    l.sent();
                } else {
                    l.queued();
                }
            }
        }
    }

    private static final class Lookup {
        final List<ContractDetails> found = new ArrayList<>();
        boolean done;
        String error;
    }

    /** The store's door in the loop: recorded and replayed as {@link StoreEventCodec} writes them. */
    private final class EventInlet implements Inlet<StoreEvent> {
        @Override
        public String name() {
            return "ib.store";
        }

        @Override
        public void accept(StoreEvent e) {
            onEvent(e);
        }

        @Override
        public boolean recordable() {
            return true;
        }

        @Override
        public void write(StoreEvent e, DataOutput out) throws IOException {
            StoreEventCodec.write(e, out);
        }

        @Override
        public StoreEvent read(DataInput in) throws IOException {
            return StoreEventCodec.read(in);
        }
    }

    /** A store for {@code params} on its own loop on the wall clock; nothing connects until {@link #start()}. */
    public IbStore(IbStoreParams params) {
        this(params, new SystemClock());
    }

    /**
     * A store for {@code params} on its own loop on {@code clock} (a
     * {@link org.bt4j.time.SimulatedClock} shared with an in-process gateway in tests); nothing
     * connects until {@link #start()}.
     */
    public IbStore(IbStoreParams params, Clock clock) {
        this(params, new EngineLoop(clock));
    }

    /**
     * A store for {@code params} fed by {@code loop} (the run's loop: give the same one to
     * {@code Cerebro.loop}, or let {@code Cerebro.addStore} adopt it); its pacing runs on the loop's
     * clock. Nothing connects until {@link #start()}.
     */
    public IbStore(IbStoreParams params, EngineLoop loop) {
        this.params = params;
        this.loop = loop;
        loop.register(inlet);
        this.clientId = params.effectiveClientId();
        IbClientConfig cfg = IbClientConfig.of(params.host(), params.port(), clientId)
                .withConnectTimeoutMillis((int) Math.max(1000, params.timeout() * 1000)).withClock(loop.clock());
        if (params.debug()) {
            cfg = cfg.withDebug(System.out::println);
        }
        this.connection = new IbConnection(cfg, params.reconnect(), params.timeout(), params.timeOffset(),
                params.timeRefresh(), e -> loop.offer(inlet, e));
    }

    /** The engine loop that feeds this store. */
    @Override
    public EngineLoop loop() {
        return loop;
    }

    /** The clock this store paces on (the loop's). */
    public Clock clock() {
        return loop.clock();
    }

    /** Server time: the loop's reading of the current event plus the measured TWS offset. */
    public long now() {
        return loop.now() + offsetNanos;
    }

    /** The engine loop's reading of the current event, UTC epoch nanoseconds (the broker's commission timeouts). */
    @Override
    public long nanos() {
        return loop.now();
    }

    /** Takes events until {@code done} holds or {@code timeoutNanos} passed on the clock; returns {@code done}'s last answer. */
    @Override
    public boolean runUntil(java.util.function.BooleanSupplier done, long timeoutNanos) {
        return loop.runUntil(done, timeoutNanos);
    }

    /** TWS time minus local time as last measured (reqCurrentTime), nanoseconds; 0 until measured. */
    public long offsetNanos() {
        return offsetNanos;
    }

    /** @return the parameters */
    public IbStoreParams params() {
        return params;
    }

    /** @return the supervised connection (pacing statistics; never connected on a replaying loop) */
    public IbConnection connection() {
        return connection;
    }

    /** Registers a listener for store events (feeds, broker), called on the engine thread. */
    public void addListener(Consumer<StoreEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Connects (with the configured retries; on a replaying loop: takes the recorded outcome) and
     * starts the time-offset refresh.
     *
     * @return false when every attempt failed (a notification says why)
     */
    public boolean start() {
        if (connected) {
            return true;
        }
        gaveUp = false;
        if (marketDataType != MarketDataType.LIVE) {
            subscribe(MARKET_DATA_TYPE_KEY, new ClientMessage.ReqMarketDataType(marketDataType.code()));
        }
        if (!loop.isReplay()) {
            if (connection.connect()) {
                connection.startTimeRefresh();
            }
        }
        loop.runUntil(() -> connected || gaveUp, Long.MAX_VALUE);
        if (connected && account != null && !accounts.contains(account)) {
            stop();
            connected = false;
            throw new BadInputException("--account " + account + " is not among the accounts of this TWS login: "
                    + String.join(", ", accounts));
        }
        return connected;
    }

    /** Whether the store holds a live session (as of the last event taken). */
    public boolean isConnected() {
        return connected;
    }

    /** Stops the connection; any thread. */
    public void stop() {
        connection.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The client id of the session. */
    public int clientId() {
        return clientId;
    }

    /** The managed accounts of the session (empty before it is up). */
    public List<String> accounts() {
        return accounts;
    }

    /**
     * Trades {@code code}, one of the managed accounts (null: the first); set before
     * {@link #start()}, which refuses an account TWS does not manage.
     */
    public IbStore account(String code) {
        this.account = code == null || code.isBlank() ? null : code.trim();
        return this;
    }

    /** The account orders and account updates go to: the one asked for, else the first managed one ("" before the session). */
    public String account() {
        return account != null ? account : accounts.isEmpty() ? "" : accounts.get(0);
    }

    /** The market data type to ask TWS for at every connection (default LIVE); set before {@link #start()}. */
    public IbStore marketDataType(MarketDataType type) {
        this.marketDataType = java.util.Objects.requireNonNull(type, "type");
        return this;
    }

    /** The market data type in force: the one asked for, or DELAYED after a fallback. */
    public MarketDataType marketDataType() {
        return marketDataType;
    }

    /**
     * Whether a feed refused for want of a market data subscription (354) switches the session to
     * delayed data and asks again (default true), or ends NOTSUBSCRIBED.
     */
    public IbStore delayedFallback(boolean on) {
        this.delayedFallback = on;
        return this;
    }

    /**
     * A feed got 354 (no market data subscription) for {@code symbol}: with the fallback on, the
     * session switches to the delayed type (once; a store notification says so) and true tells the
     * feed to ask again; false when the fallback is off or the session is delayed already.
     * Engine thread.
     */
    public boolean fallBackToDelayed(String symbol) {
        if (!delayedFallback) {
            return false;
        }
        if (!marketDataType.isDelayed()) {
            marketDataType = marketDataType.delayed();
            subscribe(MARKET_DATA_TYPE_KEY, new ClientMessage.ReqMarketDataType(marketDataType.code()));
            notifyStore(new StoreNotice.Notice(354, "<market data: no subscription for " + symbol + " (error 354): switching to "
                    + marketDataType.label() + " data (reqMarketDataType " + marketDataType.code() + ")>"));
        }
        return true;
    }

    /** Whether TWS's API is read-only (an order was refused with 321): orders are refused without sending. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * backtrader's {@code store.getdata(dataname=...)}: a live feed of {@code dataname}
     * ({@code TWTR-STK-SMART-USD} ...) served by this store.
     */
    public IbData getData(String dataname, IbDataParams params) {
        return new IbData(this, dataname, params);
    }

    /** {@link #getData(String, IbDataParams)} with backtrader's default parameters. */
    public IbData getData(String dataname) {
        return getData(dataname, IbDataParams.of());
    }

    /** backtrader's {@code store.getbroker()}: the broker trading through this store (one per store). */
    public IbBroker getBroker() {
        if (broker == null) {
            broker = new IbBroker(this);
        }
        return broker;
    }

    /** A fresh request id (feeds, broker, look-ups): a counter of this store. */
    public int nextRequestId() {
        return nextRequestId++;
    }

    /**
     * A fresh order id: TWS's nextValidId, then increasing.
     *
     * @throws IllegalStateException before the first session is up
     */
    public int nextOrderId() {
        if (nextOrderId < 0) {
            throw new IllegalStateException("no order id yet: the store has not connected to TWS");
        }
        return nextOrderId++;
    }

    /**
     * Sends a one-off request; false when the store is not connected. A request sent on a socket
     * that has just died is lost: its {@link StoreEvent.Disconnected} follows.
     */
    public boolean send(ClientMessage request) {
        return send(request, SendListener.NONE);
    }

    private boolean send(ClientMessage request, SendListener onSent) {
        if (!connected) {
            return false;
        }
        if (!loop.isReplay()) {
            connection.send(request, onSent);
        }
        return true;
    }

    /** Sends a live subscription now (if connected) and again after every reconnect. */
    public void subscribe(int id, ClientMessage request) {
        if (!loop.isReplay()) {
            connection.subscribe(id, request);
        }
    }

    /** Forgets subscription {@code id} and sends {@code cancel} if connected. */
    public void unsubscribe(int id, ClientMessage cancel) {
        if (!loop.isReplay()) {
            connection.unsubscribe(id, cancel);
        }
    }

    /**
     * Subscribes to account updates of the first managed account (values, portfolio, account
     * time), as backtrader's store does for its broker; the subscription is sent again after every
     * reconnect. Fills {@link #accountBook()}. Idempotent.
     */
    public void reqAccountUpdates() {
        subscribe(ACCOUNT_UPDATES_KEY, new ClientMessage.ReqAccountUpdates(true, account()));
    }

    /** Subscribes to the positions of every account (reqPositions), again after every reconnect. Idempotent. */
    public void reqPositions() {
        subscribe(POSITIONS_KEY, new ClientMessage.ReqPositions());
    }

    /** Runs the loop until the first account download has ended or {@code millis} passed; true if it ended. */
    public boolean awaitAccountDownload(long millis) {
        return loop.runUntil(accountBook::anyDownloaded, millis * 1_000_000L);
    }

    /** @return the account tables fed by every account message this store receives */
    public AccountBook accountBook() {
        return accountBook;
    }

    /** backtrader's {@code get_acc_cash}: TotalCashBalance in BASE over the managed accounts; NaN until known. */
    public double getAccCash() {
        return accountBook.cash();
    }

    /** backtrader's {@code get_acc_value}: NetLiquidation over the managed accounts; NaN until known. */
    public double getAccValue() {
        return accountBook.value();
    }

    /** backtrader's {@code get_acc_values}: every account value of {@code account} (null = first). */
    public Map<String, String> getAccValues(String account) {
        return accountBook.accountValues(account);
    }

    /** backtrader's {@code getposition}: the size TWS reports for {@code contract}'s conId; 0 when none. */
    public double getPosition(Contract contract) {
        return accountBook.position(contract);
    }

    /** Adds a callback run on the engine thread after each notification is queued. */
    @Override
    public void addNotificationListener(Runnable signal) {
        notificationSignals.add(java.util.Objects.requireNonNull(signal, "signal"));
    }

    /** @return notifications queued since the last call, oldest first (backtrader's get_notifications) */
    @Override
    public List<StoreNotice> drainNotifications() {
        List<StoreNotice> out = new ArrayList<>(notifications);
        notifications.clear();
        return out;
    }

    /**
     * Resolves a contract through contract details, refusing unknown and ambiguous ones; runs the
     * loop until the answer (engine thread).
     *
     * @throws BadInputException one line naming the contract when it is unknown, ambiguous, or TWS
     *                           does not answer within {@code timeoutMillis}
     */
    public ContractDetails contractDetails(Contract contract, long timeoutMillis) {
        if (!connected) {
            throw new BadInputException("cannot look up " + contract.describe() + ": not connected to TWS");
        }
        int reqId = nextRequestId();
        Lookup lookup = new Lookup();
        lookups.put(reqId, lookup);
        try {
            send(new ClientMessage.ReqContractDetails(reqId, contract, false, ""));
            if (!loop.runUntil(() -> lookup.done, timeoutMillis * 1_000_000L)) {
                throw new BadInputException("no contract details for " + contract.describe() + " within " + timeoutMillis + " ms");
            }
            if (lookup.error != null) {
                throw new BadInputException("contract look-up for " + contract.describe() + " failed: " + lookup.error);
            }
            List<ContractDetails> found = lookup.found;
            if (found.isEmpty()) {
                throw new BadInputException("unknown contract " + contract.describe() + ": TWS has no security definition for it");
            }
            if (found.size() > 1) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < Math.min(3, found.size()); i++) {
                    sb.append(i == 0 ? "" : "; ").append(found.get(i).contract().describe());
                }
                throw new BadInputException("ambiguous contract " + contract.describe() + ": " + found.size()
                        + " matches (" + sb + (found.size() > 3 ? "; ..." : "") + "); give exchange, currency or expiry");
            }
            return found.get(0);
        } finally {
            lookups.remove(reqId);
        }
    }

    /**
     * Sends a historical request, or lets the caller share an identical one (same contract and every
     * field but the id): IB refuses an identical request within 15 s, so a second feed of the same
     * instrument backfilling the same outage shares the first one's answer instead of waiting for it
     * or losing it. {@code listenTo} is called at once with the id whose
     * {@link ServerMessage.HistoricalData} and errors the caller must accept; when the identical
     * request was answered less than the identical-request gap ago, that answer is offered to the
     * loop again (a later turn delivers it). {@code onSent} hears, on the engine thread, when the
     * request (the caller's own, or the one it joined) actually leaves after its pacing turn, or is
     * put back in the pacing queue; a caller times the answer from then: the pacing governor may hold
     * a request for many minutes. A request still queued when its last user cancels it
     * ({@link #cancelHistorical(int)}) is taken out of the queue and never sent.
     *
     * @param request the request with a fresh id of the caller's
     * @return false when the request could not be sent (not connected)
     */
    public boolean requestHistorical(ClientMessage.ReqHistoricalData request, java.util.function.IntConsumer listenTo,
                                     SendListener onSent) {
        String key = historyKey(request);
        long gap = connection.governor().rules().identicalGapNanos();
        long now = loop.now();
        history.values().removeIf(h -> h.answer != null && now - h.answeredAt >= gap);
        SharedHistory h = history.get(key);
        if (h != null) {
            h.users++;
            listenTo.accept(h.reqId);
            if (h.answer != null) {
                post(new StoreEvent.Message(h.answer));
            } else {
                h.senders.add(onSent);
                if (h.sent) {
                    post(new StoreEvent.Paced(h.reqId, true));
                }
            }
            return true;
        }
        SharedHistory own = new SharedHistory(request.reqId(), onSent);
        history.put(key, own);
        listenTo.accept(request.reqId());
        boolean sent = send(request, own);
        if (!sent) {
            history.remove(key, own);
        }
        return sent;
    }

    /**
     * Offers {@code e} to this store's own inlet: the loop hands it to the store and its listeners
     * at a later turn, like an event from the connection (recorded, and replayed from the journal).
     */
    public void post(StoreEvent e) {
        loop.offer(inlet, e);
    }

    /**
     * One user of historical request {@code reqId} gives up on it; the request is cancelled at TWS
     * once no feed waits for it any more.
     */
    public void cancelHistorical(int reqId) {
        boolean last = true;
        for (java.util.Iterator<SharedHistory> it = history.values().iterator(); it.hasNext(); ) {
            SharedHistory h = it.next();
            if (h.reqId == reqId && h.answer == null) {
                last = --h.users <= 0;
                if (last) {
                    it.remove();
                }
                break;
            }
        }
        if (last) {
            send(new ClientMessage.CancelHistoricalData(reqId));
        }
    }

    private static String historyKey(ClientMessage.ReqHistoricalData r) {
        Contract c = r.contract();
        return c.conId() + "|" + c.symbol() + "|" + c.secType() + "|" + c.lastTradeDateOrContractMonth() + "|"
                + c.strike() + "|" + c.right() + "|" + c.multiplier() + "|" + c.exchange() + "|" + c.currency() + "|"
                + c.localSymbol() + "|" + r.includeExpired() + "|" + r.endDateTime() + "|" + r.barSizeSetting() + "|"
                + r.durationStr() + "|" + r.useRth() + "|" + r.whatToShow() + "|" + r.formatDate() + "|"
                + r.keepUpToDate();
    }

    /** Records a shared request's answer, or forgets it after an error or a lost socket. */
    private void trackHistory(StoreEvent e) {
        if (history.isEmpty()) {
            return;
        }
        if (e instanceof StoreEvent.Disconnected) {
            history.values().removeIf(h -> h.answer == null); // in flight on the dead socket: never answered
            return;
        }
        if (e instanceof StoreEvent.Paced p) {
            for (SharedHistory h : List.copyOf(history.values())) {
                if (h.reqId == p.reqId() && h.answer == null) {
                    h.paced(p.sent());
                }
            }
            return;
        }
        if (!(e instanceof StoreEvent.Message)) {
            return;
        }
        ServerMessage m = ((StoreEvent.Message) e).message();
        if (m instanceof ServerMessage.HistoricalData) {
            ServerMessage.HistoricalData d = (ServerMessage.HistoricalData) m;
            for (SharedHistory h : history.values()) {
                if (h.reqId == d.reqId() && h.answer == null) {
                    h.answer = d;
                    h.answeredAt = loop.now();
                    break;
                }
            }
        } else if (m instanceof ServerMessage.ErrorMsg && ((ServerMessage.ErrorMsg) m).code() < 2000) {
            int id = ((ServerMessage.ErrorMsg) m).reqId();
            history.values().removeIf(h -> h.reqId == id);
        }
    }

    /** One event taken by the loop (engine thread): the store's own state first, then its listeners. */
    private void onEvent(StoreEvent e) {
        trackHistory(e);
        StoreNotice note = null; // the notification this event queued, if any
        if (e instanceof StoreEvent.Message) {
            ServerMessage m = ((StoreEvent.Message) e).message();
            if (m instanceof ServerMessage.ErrorMsg err) {
                note = new StoreNotice.Error(err.reqId(), err.code(), err.message());
            } else if (params.notifyall()) {
                note = new StoreNotice.Message(m);
            }
            if (m instanceof ServerMessage.ErrorMsg err && isReadOnly(err)) {
                note = readOnly ? null : new StoreNotice.Notice(321, "<read-only API: TWS refused order " + err.reqId()
                        + " (error 321: " + err.message() + "); further orders are rejected without being sent. Untick"
                        + " 'Read-Only API' in TWS's API settings to trade>");
                readOnly = true;
            }
            if (m instanceof ServerMessage.NextValidId id) {
                nextOrderId = Math.max(nextOrderId, id.orderId());
            } else if (m instanceof ServerMessage.CurrentTime t && params.timeOffset()) {
                offsetNanos = t.epochSeconds() * 1_000_000_000L - loop.now();
            }
            route(m);
            accountBook.accept(m);
        } else if (e instanceof StoreEvent.Connected c) {
            connected = true;
            accounts = c.accounts();
            clientId = c.clientId();
        } else if (e instanceof StoreEvent.GaveUp) {
            connected = false;
            gaveUp = true;
            note = new StoreNotice.Notice(CONNECT_FAIL, ((StoreEvent.GaveUp) e).reason());
        } else if (e instanceof StoreEvent.Disconnected) {
            connected = false;
            note = new StoreNotice.Notice(0, "<disconnected: " + ((StoreEvent.Disconnected) e).reason() + ">");
        }
        if (note != null) {
            notifications.add(note);
        }
        for (Consumer<StoreEvent> l : List.copyOf(listeners)) {
            l.accept(e);
        }
        if (note != null) {
            for (Runnable r : notificationSignals) {
                r.run();
            }
        }
    }

    private static boolean isReadOnly(ServerMessage.ErrorMsg e) {
        return e.code() == 321 && e.message().toLowerCase(java.util.Locale.ROOT).contains("read-only");
    }

    /** Queues a notification of the store's own and tells the listeners (engine thread). */
    private void notifyStore(StoreNotice note) {
        notifications.add(note);
        for (Runnable r : notificationSignals) {
            r.run();
        }
    }

    private void route(ServerMessage m) {
        if (m instanceof ServerMessage.ContractData) {
            Lookup l = lookups.get(((ServerMessage.ContractData) m).reqId());
            if (l != null) {
                l.found.add(((ServerMessage.ContractData) m).details());
            }
        } else if (m instanceof ServerMessage.ContractDataEnd) {
            Lookup l = lookups.get(((ServerMessage.ContractDataEnd) m).reqId());
            if (l != null) {
                l.done = true;
            }
        } else if (m instanceof ServerMessage.ErrorMsg) {
            ServerMessage.ErrorMsg err = (ServerMessage.ErrorMsg) m;
            Lookup l = lookups.get(err.reqId());
            if (l != null && err.code() == 200) {
                l.found.clear();
                l.done = true;
            } else if (l != null && err.code() < 2100) {
                l.error = err.toString();
                l.done = true;
            }
        }
    }
}
