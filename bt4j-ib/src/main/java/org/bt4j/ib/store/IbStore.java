package org.bt4j.ib.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.bt4j.BadInputException;
import org.bt4j.feed.Store;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbConnection;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.Clock;
import org.bt4j.time.SystemClock;

/**
 * backtrader's IBStore: one supervised connection to TWS that hands out the live data feeds and the
 * broker (added by the live lane), owns request and order ids, resolves contracts, and collects
 * store notifications — TWS errors and notices in the seed's form
 * {@code <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>}, or every
 * message with {@code notifyall}. Feeds and broker register for {@link StoreEvent}s to backfill and
 * reconcile after reconnects.
 *
 * <p>Threading: thread-safe. Notifications are drained by the engine thread with
 * {@link #drainNotifications()} ({@code Cerebro} does it by itself for a store it was given or
 * reached through an {@link org.bt4j.ib.data.IbData}, when signalled through
 * {@link #addNotificationListener}); event and signal listeners run on the connection's threads and
 * must only queue.
 */
public final class IbStore implements Store, AutoCloseable {

    private final IbStoreParams params;
    private final IbConnection connection;
    private final ConcurrentLinkedQueue<String> notifications = new ConcurrentLinkedQueue<>();
    private final List<Consumer<StoreEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> notificationSignals = new CopyOnWriteArrayList<>();
    private final Map<Integer, Lookup> lookups = new ConcurrentHashMap<>();
    private final AccountBook accountBook = new AccountBook();
    private final Clock clock;
    /** Identical historical requests (key: every field but the id) in flight or answered lately. */
    private final Map<String, SharedHistory> history = new java.util.HashMap<>();

    /** Subscription keys of the store's own account streams (never a TWS request id). */
    private static final int ACCOUNT_UPDATES_KEY = -100;
    private static final int POSITIONS_KEY = -101;

    /**
     * One historical request that several feeds may share: its id, users, whether it has left
     * (the users' {@link SendListener}s hear it), and its answer once complete. Guarded by
     * {@link #history}.
     */
    private final class SharedHistory implements SendListener {
        final int reqId;
        int users = 1;
        boolean sent;
        final List<SendListener> senders = new ArrayList<>(2);
        ServerMessage.HistoricalData answer;
        long answeredAt;

        SharedHistory(int reqId, SendListener first) {
            this.reqId = reqId;
            senders.add(first);
        }

        @Override
        public void sent() {
            for (SendListener l : mark(true)) {
                l.sent();
            }
        }

        @Override
        public void queued() {
            for (SendListener l : mark(false)) {
                l.queued();
            }
        }

        private List<SendListener> mark(boolean out) {
            synchronized (history) {
                sent = out;
                return List.copyOf(senders);
            }
        }
    }

    private static final class Lookup {
        final List<ContractDetails> found = new ArrayList<>();
        final CompletableFuture<List<ContractDetails>> done = new CompletableFuture<>();
    }

    /** A store for {@code params} on the wall clock; nothing connects until {@link #start()}. */
    public IbStore(IbStoreParams params) {
        this(params, new SystemClock());
    }

    /**
     * A store for {@code params} whose pacing runs on {@code clock} (a
     * {@link org.bt4j.time.SimulatedClock} shared with an in-process gateway in tests); nothing
     * connects until {@link #start()}.
     */
    public IbStore(IbStoreParams params, Clock clock) {
        this.params = params;
        this.clock = clock;
        IbClientConfig cfg = IbClientConfig.of(params.host(), params.port(), params.effectiveClientId())
                .withConnectTimeoutMillis((int) Math.max(1000, params.timeout() * 1000)).withClock(clock);
        if (params.debug()) {
            cfg = cfg.withDebug(System.out::println);
        }
        this.connection = new IbConnection(cfg, params.reconnect(), params.timeout(), params.timeOffset(),
                params.timeRefresh(), this::onEvent);
    }

    /** The clock this store paces on (the wall clock unless one was given); any thread. */
    public Clock clock() {
        return clock;
    }

    /** @return the parameters */
    public IbStoreParams params() {
        return params;
    }

    /** @return the supervised connection (for feeds and broker to send and subscribe) */
    public IbConnection connection() {
        return connection;
    }

    /** Registers a listener for store events (feeds, broker). */
    public void addListener(Consumer<StoreEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Connects (with the configured retries) and starts the time-offset refresh.
     *
     * @return false when every attempt failed (a notification says why)
     */
    public boolean start() {
        boolean ok = connection.connect();
        if (ok) {
            connection.startTimeRefresh();
        }
        return ok;
    }

    /** Stops the connection. */
    public void stop() {
        connection.close();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Subscribes to account updates of the first managed account (values, portfolio, account
     * time), as backtrader's store does for its broker; the subscription is sent again after every
     * reconnect. Fills {@link #accountBook()}. Idempotent.
     */
    public void reqAccountUpdates() {
        IbClient c = connection.client();
        String account = c == null || c.accounts().isEmpty() ? "" : c.accounts().get(0);
        connection.subscribe(ACCOUNT_UPDATES_KEY, new ClientMessage.ReqAccountUpdates(true, account));
    }

    /** Subscribes to the positions of every account (reqPositions), again after every reconnect. Idempotent. */
    public void reqPositions() {
        connection.subscribe(POSITIONS_KEY, new ClientMessage.ReqPositions());
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

    /** Adds a callback run (on a connection thread) after each notification is queued. */
    @Override
    public void addNotificationListener(Runnable signal) {
        notificationSignals.add(java.util.Objects.requireNonNull(signal, "signal"));
    }

    /** @return notifications queued since the last call, oldest first (backtrader's get_notifications) */
    @Override
    public List<String> drainNotifications() {
        List<String> out = new ArrayList<>();
        for (String s; (s = notifications.poll()) != null; ) {
            out.add(s);
        }
        return out;
    }

    /**
     * Resolves a contract through contract details, refusing unknown and ambiguous ones.
     *
     * @throws BadInputException one line naming the contract when it is unknown, ambiguous, or TWS
     *                           does not answer within {@code timeoutMillis}
     */
    public ContractDetails contractDetails(Contract contract, long timeoutMillis) {
        IbClient c = connection.client();
        if (c == null || !c.isConnected()) {
            throw new BadInputException("cannot look up " + contract.describe() + ": not connected to TWS");
        }
        int reqId = c.nextRequestId();
        Lookup lookup = new Lookup();
        lookups.put(reqId, lookup);
        try {
            c.send(new ClientMessage.ReqContractDetails(reqId, contract, false, ""));
            List<ContractDetails> found = lookup.done.get(timeoutMillis, TimeUnit.MILLISECONDS);
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
        } catch (TimeoutException e) {
            throw new BadInputException("no contract details for " + contract.describe() + " within " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted while looking up " + contract.describe());
        } catch (ExecutionException e) {
            throw new BadInputException("contract look-up for " + contract.describe() + " failed: " + e.getCause().getMessage());
        } finally {
            lookups.remove(reqId);
        }
    }

    /**
     * Sends a historical request, or lets the caller share an identical one (same contract and every
     * field but the id): IB refuses an identical request within 15 s, so a second feed of the same
     * instrument backfilling the same outage shares the first one's answer instead of waiting for it
     * or losing it. {@code listenTo} is called, before any answer can be delivered, with the id whose
     * {@link ServerMessage.HistoricalData} and errors the caller must accept; when the identical
     * request was answered less than the identical-request gap ago, the answer is handed to
     * {@code replay} at once. Release the id with {@link #cancelHistorical(int)} when the caller
     * gives up before the answer.
     *
     * @param request the request with a fresh id of the caller's
     * @return false when the request could not be sent (not connected)
     */
    public boolean requestHistorical(ClientMessage.ReqHistoricalData request, java.util.function.IntConsumer listenTo,
                                     Consumer<ServerMessage.HistoricalData> replay) {
        return requestHistorical(request, listenTo, replay, SendListener.NONE);
    }

    /**
     * {@link #requestHistorical(ClientMessage.ReqHistoricalData, java.util.function.IntConsumer, Consumer)}
     * that also tells {@code onSent} when the request (the caller's own, or the identical one it
     * joined) actually leaves after its pacing turn, on the client's threads as
     * {@link SendListener} describes — or at once, on the calling thread, when the joined request
     * has already left; never when an earlier answer is replayed. A caller times the answer from
     * then: the pacing governor may hold a request for many minutes. A request still queued when
     * its last user cancels it is taken out of the queue and never sent.
     */
    public boolean requestHistorical(ClientMessage.ReqHistoricalData request, java.util.function.IntConsumer listenTo,
                                     Consumer<ServerMessage.HistoricalData> replay, SendListener onSent) {
        String key = historyKey(request);
        ServerMessage.HistoricalData cached = null;
        SharedHistory own = null;
        boolean alreadySent = false;
        synchronized (history) {
            long gap = connection.governor().rules().identicalGapNanos();
            long now = clock.nanos();
            history.values().removeIf(h -> h.answer != null && now - h.answeredAt >= gap);
            SharedHistory h = history.get(key);
            if (h != null) {
                h.users++;
                listenTo.accept(h.reqId);
                cached = h.answer;
                if (cached == null) {
                    h.senders.add(onSent);
                    alreadySent = h.sent;
                }
            } else {
                own = new SharedHistory(request.reqId(), onSent);
                history.put(key, own);
                listenTo.accept(request.reqId());
            }
        }
        if (cached != null) {
            replay.accept(cached);
            return true;
        }
        if (own == null) {
            if (alreadySent) {
                onSent.sent();
            }
            return true; // joined another's request
        }
        boolean sent = connection.send(request, own);
        if (!sent) {
            synchronized (history) {
                history.remove(key, own);
            }
        }
        return sent;
    }

    /**
     * One user of historical request {@code reqId} gives up on it; the request is cancelled at TWS
     * once no feed waits for it any more.
     */
    public void cancelHistorical(int reqId) {
        boolean last = true;
        synchronized (history) {
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
        }
        if (last) {
            connection.send(new ClientMessage.CancelHistoricalData(reqId));
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

    /** Records a shared request's answer, or forgets it after an error or a lost socket (reader thread). */
    private void trackHistory(StoreEvent e) {
        synchronized (history) {
            if (history.isEmpty()) {
                return;
            }
            if (e instanceof StoreEvent.Disconnected) {
                history.values().removeIf(h -> h.answer == null); // in flight on the dead socket: never answered
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
                        h.answeredAt = clock.nanos();
                        break;
                    }
                }
            } else if (m instanceof ServerMessage.ErrorMsg && ((ServerMessage.ErrorMsg) m).code() < 2000) {
                int id = ((ServerMessage.ErrorMsg) m).reqId();
                history.values().removeIf(h -> h.reqId == id);
            }
        }
    }

    private void onEvent(StoreEvent e) {
        trackHistory(e);
        String note = null; // the notification this event queued, if any
        if (e instanceof StoreEvent.Message) {
            ServerMessage m = ((StoreEvent.Message) e).message();
            if (m instanceof ServerMessage.ErrorMsg || params.notifyall()) {
                note = m.toString();
                notifications.add(note);
            }
            route(m);
            accountBook.accept(m);
        } else if (e instanceof StoreEvent.GaveUp) {
            note = ((StoreEvent.GaveUp) e).reason();
            notifications.add(note);
        } else if (e instanceof StoreEvent.Disconnected) {
            note = "<disconnected: " + ((StoreEvent.Disconnected) e).reason() + ">";
            notifications.add(note);
        }
        for (Consumer<StoreEvent> l : listeners) {
            l.accept(e);
        }
        if (note != null) {
            for (Runnable r : notificationSignals) {
                r.run();
            }
        }
    }

    private void route(ServerMessage m) {
        if (m instanceof ServerMessage.ContractData) {
            Lookup l = lookups.get(((ServerMessage.ContractData) m).reqId());
            if (l != null) {
                synchronized (l.found) {
                    l.found.add(((ServerMessage.ContractData) m).details());
                }
            }
        } else if (m instanceof ServerMessage.ContractDataEnd) {
            Lookup l = lookups.get(((ServerMessage.ContractDataEnd) m).reqId());
            if (l != null) {
                synchronized (l.found) {
                    l.done.complete(List.copyOf(l.found));
                }
            }
        } else if (m instanceof ServerMessage.ErrorMsg) {
            ServerMessage.ErrorMsg err = (ServerMessage.ErrorMsg) m;
            Lookup l = lookups.get(err.reqId());
            if (l != null && err.code() == 200) {
                l.done.complete(List.of());
            } else if (l != null && err.code() < 2100) {
                l.done.completeExceptionally(new IllegalStateException(err.toString()));
            }
        }
    }
}
