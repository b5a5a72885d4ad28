package org.bt4j.ib.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.bt4j.ib.client.pacing.PacingGovernor;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.Clock;

/**
 * The connection supervisor behind {@code IbStore}: connects with backtrader's store semantics
 * ({@code reconnect} further attempts after the first, −1 = forever; {@code timeout} seconds
 * between attempts, doubled after each failure up to one minute), keeps the live subscriptions
 * (market data, real-time bars, keepUpToDate historical data, account updates) and sends them
 * again on every reconnect and after TWS reports 1101 (data lost), measures the TWS time offset
 * with reqCurrentTime every {@code timerefresh} seconds, and turns connectivity and farm codes
 * into {@link StoreEvent}s. Unlike backtrader it never stops retrying after one failed round, and
 * a client id already in use (326) ends the attempts at once.
 *
 * <p>Threading: thread-safe; events are delivered from the connecting thread, the client's
 * reader thread and the supervisor's timer thread, one at a time.
 */
public final class IbConnection implements AutoCloseable {

    private static final long MAX_BACKOFF_MILLIS = 60_000L;

    private final IbClientConfig config;
    private final int reconnect;
    private final long timeoutMillis;
    private final boolean timeOffset;
    private final long timeRefreshMillis;
    private final Consumer<StoreEvent> events;
    private final PacingGovernor governor;
    /** Request ids of every session of this connection: a reconnected client never reuses one. */
    private final java.util.concurrent.atomic.AtomicInteger requestIds =
            new java.util.concurrent.atomic.AtomicInteger(IbClient.FIRST_REQUEST_ID);
    private final Map<Integer, ClientMessage> subscriptions = new LinkedHashMap<>();
    private final ExecutorService timer;
    private volatile IbClient client;
    private volatile long offsetNanos;
    private volatile boolean closing;
    private boolean everConnected;
    /** The time-offset refresh thread, once started. */
    private volatile Thread refresher;

    /**
     * @param reconnect       further attempts after the first (−1 forever, 0 none)
     * @param timeoutSeconds  pause before the second attempt; doubles up to one minute
     * @param timeOffset      measure TWS time minus local time
     * @param timeRefreshSecs seconds between offset measurements
     */
    public IbConnection(IbClientConfig config, int reconnect, double timeoutSeconds, boolean timeOffset,
                        double timeRefreshSecs, Consumer<StoreEvent> events) {
        this.config = config;
        this.reconnect = reconnect;
        this.timeoutMillis = Math.max(0L, (long) (timeoutSeconds * 1000));
        this.timeOffset = timeOffset;
        this.timeRefreshMillis = Math.max(1L, (long) (timeRefreshSecs * 1000));
        this.events = events;
        this.governor = new PacingGovernor(config.pacing());
        this.timer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ib-supervisor-" + config.clientId());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects, retrying as configured.
     *
     * @return true once connected; false when every attempt failed ({@link StoreEvent.GaveUp} was sent)
     */
    public boolean connect() {
        return connect(false);
    }

    /**
     * {@link #connect()}; every attempt is held on the clock (a virtual clock does not move while
     * one runs), the pauses between them are not. {@code held}: the caller already holds it.
     */
    private synchronized boolean connect(boolean held) {
        Clock clock = config.time();
        if (!held) {
            clock.hold();
        }
        try {
            return attempts(clock);
        } finally {
            clock.release();
        }
    }

    private boolean attempts(Clock clock) {
        if (client != null && client.isConnected()) {
            return true;
        }
        String last = "";
        long pause = timeoutMillis;
        for (int attempt = 0; reconnect < 0 || attempt <= reconnect; attempt++) {
            if (closing) {
                return false;
            }
            if (attempt > 0) {
                clock.release();
                clock.sleepUntil(clock.nanos() + pause * 1_000_000L);
                clock.hold();
                pause = Math.min(MAX_BACKOFF_MILLIS, Math.max(pause * 2, 1));
            }
            try {
                IbClient.connect(config, new Listener(), governor, requestIds); // the session starts in onReady
                return true;
            } catch (IbConnectException e) {
                last = e.getMessage();
                if (e.clientIdInUse()) {
                    break;
                }
            }
        }
        events.accept(new StoreEvent.GaveUp(last));
        return false;
    }

    /**
     * Starts the periodic time-offset refresh (when {@code timeoffset} is on): a thread that waits
     * on the clock ({@code timerefresh} seconds of its time) between reqCurrentTime requests.
     */
    public synchronized void startTimeRefresh() {
        if (!timeOffset || refresher != null) {
            return;
        }
        refresher = new Thread(() -> {
            Clock clock = config.time();
            clock.join();
            long next = clock.nanos() + timeRefreshMillis * 1_000_000L;
            while (!closing) {
                clock.sleepUntil(next);
                IbClient c = client;
                if (!closing && c != null && c.isConnected()) {
                    c.send(new ClientMessage.ReqCurrentTime());
                }
                next += timeRefreshMillis * 1_000_000L;
            }
            clock.leave();
        }, "ib-timeoffset-" + config.clientId());
        refresher.setDaemon(true);
        refresher.start();
    }

    /**
     * Sends a live subscription and remembers it under {@code id} so that it is sent again after a
     * reconnect or a 1101. Sent at once if connected, otherwise on the next connection.
     */
    public void subscribe(int id, ClientMessage request) {
        synchronized (subscriptions) {
            subscriptions.put(id, request);
        }
        IbClient c = client;
        if (c != null && c.isConnected()) {
            c.send(request);
        }
    }

    /** Forgets the subscription {@code id} and sends {@code cancel} if connected. */
    public void unsubscribe(int id, ClientMessage cancel) {
        synchronized (subscriptions) {
            subscriptions.remove(id);
        }
        send(cancel);
    }

    /** Sends a one-off request if connected; returns false (and sends nothing) otherwise. */
    public boolean send(ClientMessage request) {
        return send(request, SendListener.NONE);
    }

    /**
     * Sends a one-off request if connected, telling {@code onSent} when it actually leaves (after
     * its pacing turn; see {@link IbClient#send(ClientMessage, SendListener)}); returns false (and
     * sends nothing) when not connected. A request still queued when the session drops is never
     * sent by a later session: the requester hears {@link StoreEvent.Disconnected} and asks again.
     */
    public boolean send(ClientMessage request, SendListener onSent) {
        IbClient c = client;
        if (c == null || !c.isConnected()) {
            return false;
        }
        try {
            c.send(request, onSent);
            return true;
        } catch (IllegalStateException closedMeanwhile) {
            return false;
        }
    }

    /** @return the current session, or null */
    public IbClient client() {
        return client;
    }

    /** @return TWS time minus local time, nanoseconds (0 until measured) */
    public long offsetNanos() {
        return offsetNanos;
    }

    /** @return the pacing governor shared by every session of this connection */
    public PacingGovernor governor() {
        return governor;
    }

    /** Stops retrying and closes the session. */
    @Override
    public void close() {
        closing = true;
        timer.shutdownNow();
        Thread r = refresher;
        if (r != null) {
            r.interrupt();
        }
        IbClient c = client;
        if (c != null) {
            c.close();
        }
    }

    private int resubscribe(IbClient c, boolean cancelFirst) {
        List<Map.Entry<Integer, ClientMessage>> subs;
        synchronized (subscriptions) {
            subs = List.copyOf(subscriptions.entrySet());
        }
        for (Map.Entry<Integer, ClientMessage> e : subs) {
            if (cancelFirst) {
                ClientMessage cancel = cancelOf(e.getValue());
                if (cancel != null) {
                    c.send(cancel);
                }
            }
            c.send(e.getValue());
        }
        return subs.size();
    }

    private static ClientMessage cancelOf(ClientMessage m) {
        if (m instanceof ClientMessage.ReqMktData) {
            return new ClientMessage.CancelMktData(((ClientMessage.ReqMktData) m).tickerId());
        }
        if (m instanceof ClientMessage.ReqRealTimeBars) {
            return new ClientMessage.CancelRealTimeBars(((ClientMessage.ReqRealTimeBars) m).tickerId());
        }
        if (m instanceof ClientMessage.ReqHistoricalData) {
            return new ClientMessage.CancelHistoricalData(((ClientMessage.ReqHistoricalData) m).reqId());
        }
        return null;
    }

    private final class Listener implements IbClientListener {
        /**
         * The session is up (connecting thread, before its reader starts): it is announced, then the
         * time request and the remembered subscriptions go out, so their answers and TWS's own
         * notices always come after {@link StoreEvent.Connected}.
         */
        @Override
        public void onReady(IbClient c) {
            client = c;
            boolean again = everConnected;
            everConnected = true;
            events.accept(new StoreEvent.Connected(c.serverVersion(), c.accounts(), again, c.clientId()));
            if (timeOffset) {
                c.send(new ClientMessage.ReqCurrentTime());
            }
            int n = resubscribe(c, false);
            if (again) {
                events.accept(new StoreEvent.Resubscribed(n));
            }
        }

        @Override
        public void onMessage(ServerMessage m) {
            if (m instanceof ServerMessage.CurrentTime) {
                offsetNanos = ((ServerMessage.CurrentTime) m).epochSeconds() * 1_000_000_000L - config.time().nanos();
            }
            events.accept(new StoreEvent.Message(m));
            if (m instanceof ServerMessage.ErrorMsg) {
                connectivity((ServerMessage.ErrorMsg) m);
            }
        }

        @Override
        public void onDisconnected(String reason) {
            boolean retry = !closing && reconnect != 0;
            events.accept(new StoreEvent.Disconnected(reason, retry));
            if (retry) {
                config.time().hold(); // the reconnect is pending: a virtual clock waits for it
                timer.execute(() -> {
                    connect(true);
                    config.time().leave(); // it took part in virtual time while it paused between attempts
                });
            }
        }
    }

    private void connectivity(ServerMessage.ErrorMsg e) {
        switch (e.code()) {
            case 1100:
            case 2110:
                events.accept(new StoreEvent.ConnectivityLost(e.message()));
                break;
            case 1101: {
                IbClient c = client;
                int n = c == null ? 0 : resubscribe(c, true);
                events.accept(new StoreEvent.ConnectivityRestored(true, e.message()));
                events.accept(new StoreEvent.Resubscribed(n));
                break;
            }
            case 1102:
                events.accept(new StoreEvent.ConnectivityRestored(false, e.message()));
                break;
            case 2103: case 2105: case 2157:
                events.accept(new StoreEvent.FarmStatus(e.code(), farm(e.message()), false, e.message()));
                break;
            case 2104: case 2106: case 2158: case 2107: case 2108:
                events.accept(new StoreEvent.FarmStatus(e.code(), farm(e.message()), e.code() <= 2106 || e.code() == 2158,
                        e.message()));
                break;
            default:
                break;
        }
    }

    private static String farm(String message) {
        int colon = message.lastIndexOf(':');
        return colon >= 0 ? message.substring(colon + 1).trim() : "";
    }
}
