package org.bt4j.ib.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.bt4j.ib.client.pacing.PacedRequest;
import org.bt4j.ib.client.pacing.PacingGovernor;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.client.pacing.PacingStats;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.FrameBuffer;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.bt4j.ib.wire.WireChannel;
import org.bt4j.ib.wire.WireFormatException;
import org.bt4j.time.Clock;

/**
 * One socket session with TWS / IB Gateway: connects, performs the handshake ({@code v176..187},
 * START_API) and returns once the API is ready (nextValidId and managedAccounts received) and the
 * listener has heard {@link IbClientListener#onReady}; only then does a reader thread start to decode
 * every further frame and hand it to the {@link IbClientListener}, so what the listener does when the
 * session is ready comes before anything read from it. Every request
 * goes through the {@link PacingGovernor}, so that none is ever sent into a pacing violation: a
 * plain message that finds nothing queued and the message rate within its budget is written and
 * flushed at once on the sending thread (no hand-off on the order path); anything else is queued,
 * in order, for the writer thread, which sends it when its pacing turn comes; the writer waits on the
 * configured {@link Clock} (a simulated clock's moves wake it; on a virtual clock it takes part in
 * virtual time, and work queued for it holds the clock until it has looked). A requester that
 * times its round trips learns through a {@link SendListener} when its request actually left. A historical request answered with a pacing
 * violation anyway (error 162) is re-queued instead of reported. A request still queued when the
 * connection ends is dropped (the next session starts with an empty queue). Request ids start at
 * 16777216 (as backtrader's store) so they never collide with order ids, which start at TWS's
 * nextValidId. With {@code debug} every message in and out is printed ({@code -> 49|1|},
 * {@code <- 49|1|1704465000|}).
 *
 * <p>A client is one connection; reconnecting is {@link IbConnection}'s job. Threading: every
 * public method is thread-safe.
 */
public final class IbClient implements AutoCloseable {

    /** First id handed out by {@link #nextRequestId()}. */
    public static final int FIRST_REQUEST_ID = 0x01000000;

    private static final String PACING_VIOLATION = "pacing violation";

    private final IbClientConfig config;
    private final IbClientListener listener;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int serverVersion;
    private final String connectionTime;
    private final List<String> accounts;
    private final AtomicInteger nextOrderId;
    /**
     * Request ids, shared by the sessions of one {@link IbConnection}: a reconnected client never
     * hands out an id that an earlier session used, so remembered subscriptions and late answers to
     * old requests cannot be mistaken for new ones.
     */
    private final AtomicInteger requestIds;
    private final PacingGovernor governor;
    private final Consumer<String> debug;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object lock = new Object();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<Integer, Pending> historicalInFlight = new HashMap<>();
    /**
     * True while one thread owns {@link #out} and {@link #writer}: the writer thread, or a sender
     * writing its message at once. Taken together with the pacing decision under {@link #lock}, so
     * messages leave in the order they were decided. Guarded by {@link #lock}.
     */
    private boolean writing;
    /**
     * A write on a sending thread failed: the writer thread ends the session with it, so that the
     * end of a connection is still reported from the client's own threads. Guarded by {@link #lock}.
     */
    private IOException sendFailure;
    private final FieldWriter writer = new FieldWriter();
    private final Thread readerThread;
    private final Thread writerThread;
    /** Frames to TWS, as a virtual clock counts them in flight. */
    private final WireChannel toTws;
    /** Frames from TWS, as a virtual clock counts them in flight. */
    private final WireChannel fromTws;
    /**
     * Wake-ups of the writer (work queued for it) it has not taken yet, each held on the clock until
     * the writer has looked. Guarded by {@link #lock}.
     */
    private int wakes;

    /** A queued message and its payload, encoded when queued (so send refuses one that cannot be encoded). */
    private record Pending(ClientMessage message, byte[] payload, PacedRequest pacing, long queuedAt,
                           SendListener onSent) {
    }

    private IbClient(IbClientConfig config, IbClientListener listener, Socket socket, InputStream in,
                     OutputStream out, int serverVersion, String connectionTime, List<String> accounts, int orderId,
                     PacingGovernor governor, AtomicInteger requestIds, Consumer<String> debug) {
        this.config = config;
        this.listener = listener;
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.serverVersion = serverVersion;
        this.connectionTime = connectionTime;
        this.accounts = List.copyOf(accounts);
        this.nextOrderId = new AtomicInteger(orderId);
        this.governor = governor;
        this.requestIds = requestIds;
        this.debug = debug;
        String name = "ib-client-" + config.clientId();
        this.readerThread = new Thread(this::readLoop, name + "-reader");
        this.writerThread = new Thread(this::writeLoop, name + "-writer");
        readerThread.setDaemon(true);
        writerThread.setDaemon(true);
        this.toTws = new WireChannel(socket.getLocalPort(), false);
        this.fromTws = new WireChannel(socket.getLocalPort(), true);
    }

    /**
     * Connects and completes the handshake; messages received before the API is ready are delivered
     * to {@code listener} on the calling thread, then {@link IbClientListener#onReady}, before the
     * reader thread starts and this method returns.
     *
     * @param governor shared pacing state (kept across reconnects by the caller), or null for a new one
     * @throws IbConnectException with one clear line when the connection cannot be made or is refused
     */
    public static IbClient connect(IbClientConfig config, IbClientListener listener, PacingGovernor governor)
            throws IbConnectException {
        return connect(config, listener, governor, new AtomicInteger(FIRST_REQUEST_ID));
    }

    /**
     * {@link #connect(IbClientConfig, IbClientListener, PacingGovernor)} handing out request ids
     * from {@code requestIds} (shared by the sessions of one connection).
     */
    public static IbClient connect(IbClientConfig config, IbClientListener listener, PacingGovernor governor,
                                   AtomicInteger requestIds) throws IbConnectException {
        String where = config.host() + ":" + config.port();
        String timeout = String.format(Locale.ROOT, "%.1f s", config.connectTimeoutMillis() / 1000.0);
        Consumer<String> debug = config.debug() ? config.debugSink() : null;
        Socket socket = new Socket();
        try {
            try {
                socket.connect(new InetSocketAddress(config.host(), config.port()), config.connectTimeoutMillis());
            } catch (ConnectException e) {
                throw new IbConnectException("cannot connect to " + where
                        + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)");
            } catch (SocketTimeoutException e) {
                throw new IbConnectException("cannot connect to " + where + ": no answer within " + timeout);
            } catch (IOException e) {
                throw new IbConnectException("cannot connect to " + where + ": " + e.getMessage());
            }
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(config.connectTimeoutMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 14);
            Framing.writeClientHello(out, VersionRange.CLIENT);
            out.flush();
            Framing.ServerHello hello;
            try {
                hello = Framing.readServerHello(in, config.maxFrameSize());
            } catch (SocketTimeoutException e) {
                throw new IbConnectException(where + " did not answer the TWS API handshake within " + timeout
                        + " (is this a TWS / IB Gateway API port?)");
            } catch (WireFormatException e) {
                throw new IbConnectException(where + " is not a TWS / IB Gateway API port: " + e.getMessage());
            } catch (EOFException e) {
                throw new IbConnectException(where + " closed the connection during the TWS API handshake"
                        + " (is this a TWS / IB Gateway API port, and are API connections allowed from this host?)");
            }
            if (debug != null) {
                debug.accept("<- handshake: server version " + hello.serverVersion() + ", " + hello.connectionTime());
            }
            if (!Wire.isSupported(hello.serverVersion())) {
                throw new IbConnectException(where + " answered server version " + hello.serverVersion() + "; bt4j needs "
                        + Wire.MIN_VERSION + ".." + Wire.MAX_VERSION + " (TWS / IB Gateway 10.30 or newer)");
            }
            int v = hello.serverVersion();
            FieldWriter w = new FieldWriter();
            ClientMessage start = new ClientMessage.StartApi(config.clientId(), "");
            start.write(w, v);
            if (debug != null) {
                debug.accept("-> " + w);
            }
            WireChannel toTws = new WireChannel(socket.getLocalPort(), false);
            WireChannel fromTws = new WireChannel(socket.getLocalPort(), true);
            config.time().sent(toTws);
            w.writeFrame(out);
            out.flush();
            org.bt4j.time.Stopwatch startUp = org.bt4j.time.Stopwatch.start(); // a socket timeout: real time
            List<String> accounts = null;
            int orderId = -1;
            while (accounts == null || orderId < 0) {
                long left = config.connectTimeoutMillis() - startUp.elapsedNanos() / 1_000_000L;
                if (left <= 0) {
                    throw new IbConnectException(where + " did not finish the API start-up within " + timeout
                            + " (no " + (orderId < 0 ? "nextValidId" : "managedAccounts") + ")");
                }
                socket.setSoTimeout((int) Math.max(1, left));
                byte[] frame;
                try {
                    frame = Framing.readFrame(in, config.maxFrameSize());
                } catch (SocketTimeoutException e) {
                    continue;
                }
                if (frame == null) {
                    throw new IbConnectException(where + " closed the connection during API start-up");
                }
                if (debug != null) {
                    debug.accept("<- " + Framing.render(frame, 0, frame.length));
                }
                ServerMessage m = ServerMessage.read(new FieldReader(frame), v);
                if (m instanceof ServerMessage.ManagedAccounts) {
                    accounts = ((ServerMessage.ManagedAccounts) m).accounts();
                } else if (m instanceof ServerMessage.NextValidId) {
                    orderId = ((ServerMessage.NextValidId) m).orderId();
                } else if (m instanceof ServerMessage.ErrorMsg && ((ServerMessage.ErrorMsg) m).code() == 326) {
                    throw new IbConnectException(where + " refused client id " + config.clientId()
                            + ": it is already in use (error 326)", true);
                }
                listener.onMessage(m);
                config.time().received(fromTws);
            }
            socket.setSoTimeout(0);
            IbClient client = new IbClient(config, listener, socket, in, out, v, hello.connectionTime(), accounts,
                    orderId, governor != null ? governor : new PacingGovernor(config.pacing()), requestIds, debug);
            client.writerThread.start();
            try {
                listener.onReady(client);
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
            client.readerThread.start();
            return client;
        } catch (IbConnectException e) {
            failedStart(config, socket);
            throw e;
        } catch (WireFormatException e) {
            failedStart(config, socket);
            throw new IbConnectException(where + " sent a malformed message during start-up: " + e.getMessage());
        } catch (IOException e) {
            failedStart(config, socket);
            throw new IbConnectException("connection to " + where + " failed during start-up: " + e.getMessage());
        }
    }

    /** @return the negotiated server version (176..187) */
    public int serverVersion() {
        return serverVersion;
    }

    /** @return TWS's connection time text from the handshake */
    public String connectionTime() {
        return connectionTime;
    }

    /** @return the managed accounts announced at start-up */
    public List<String> accounts() {
        return accounts;
    }

    /** @return the client id this session uses */
    public int clientId() {
        return config.clientId();
    }

    /** @return a fresh order id (TWS's nextValidId, then increasing) */
    public int nextOrderId() {
        return nextOrderId.getAndIncrement();
    }

    /** @return a fresh request id for data requests (from 16777216 up, increasing across the reconnects of one connection) */
    public int nextRequestId() {
        return requestIds.getAndIncrement();
    }

    /** @return true until the connection ended */
    public boolean isConnected() {
        return !closed.get();
    }

    /** @return pacing costs so far (shared governor: across reconnects) */
    public PacingStats pacingStats() {
        return governor.stats();
    }

    /** @return the governor this client paces with */
    public PacingGovernor governor() {
        return governor;
    }

    /** @return number of requests waiting for their pacing turn */
    public int queuedRequests() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /**
     * @return the earliest time (on the configured clock) at which a queued request may be sent,
     *     {@code Long.MAX_VALUE} when nothing is queued; for diagnostics and simulated-time tests
     */
    public long nextSendNanos() {
        synchronized (lock) {
            long now = config.time().nanos();
            long earliest = Long.MAX_VALUE;
            for (Pending p : pending) {
                earliest = Math.min(earliest, now + governor.delayNanos(p.pacing(), now));
            }
            return earliest;
        }
    }

    /**
     * Sends a message. A plain message goes out at once, written and flushed on the calling thread,
     * when nothing is queued before it and the overall message rate allows it; otherwise it is
     * encoded and queued for the writer thread, behind what is already queued. Historical requests
     * always wait their pacing turn in the queue. Like IB's own client, a message written at once
     * may block the caller while the socket's send buffer is full (TWS not reading). Cancelling a
     * request that is still queued removes it without sending anything.
     *
     * @throws IllegalStateException if the connection has ended
     */
    public void send(ClientMessage message) {
        send(message, SendListener.NONE);
    }

    /**
     * Queues a message like {@link #send(ClientMessage)} and tells {@code onSent} when it actually
     * leaves (see {@link SendListener} for its threads): a requester times a round trip from then,
     * not from now. A request still queued when its cancel is sent, or when the connection ends, is
     * dropped and never reported sent.
     *
     * @throws IllegalStateException if the connection has ended
     * @throws IllegalArgumentException if the message cannot be encoded (a NaN price, a NUL in a
     *     text); nothing of it is sent or queued
     */
    public void send(ClientMessage message, SendListener onSent) {
        java.util.Objects.requireNonNull(onSent, "onSent");
        PacedRequest pacing = RequestPacing.of(message);
        synchronized (lock) {
            // checked under the lock: shutdown() marks the client closed before it clears the queue
            if (closed.get()) {
                throw new IllegalStateException("not connected to TWS (client id " + config.clientId() + ")");
            }
            int cancelled = cancelledRequestId(message);
            if (cancelled != Integer.MIN_VALUE && removeQueued(cancelled)) {
                return;
            }
            long now = config.time().nanos();
            if (pacing.historical() || writing || sendFailure != null || !pending.isEmpty()
                    || governor.delayNanos(pacing, now) != 0) {
                FieldWriter queued = new FieldWriter();
                message.write(queued, serverVersion); // throws before anything is queued
                pending.add(new Pending(message, queued.toPayload(), pacing, now, onSent));
                wakeWriter();
                return;
            }
            governor.record(pacing, now, 0);
            writing = true;
        }
        writeNow(message, onSent);
    }

    /**
     * Writes and flushes one message on the calling thread, which owns the output ({@link #writing}).
     * A failed write is handed to the writer thread; a message that cannot be encoded is refused
     * with its exception and nothing of it is written.
     */
    private void writeNow(ClientMessage message, SendListener onSent) {
        IOException failed = null;
        try {
            writer.reset();
            message.write(writer, serverVersion); // a message that cannot be encoded is refused here, before sent()
            onSent.sent();
            if (debug != null) {
                debug.accept("-> " + writer);
            }
            config.time().sent(toTws);
            writer.writeFrame(out);
            out.flush();
        } catch (IOException e) {
            failed = e;
        } finally {
            synchronized (lock) {
                writing = false;
                if (failed != null && sendFailure == null) {
                    sendFailure = failed;
                }
                if (sendFailure != null || !pending.isEmpty()) {
                    wakeWriter(); // only then: waking the writer for nothing is the hop this path avoids
                }
            }
        }
    }

    /** Writes a payload encoded when it was queued as one frame (not flushed). Output owner only. */
    private void writeFrame(byte[] payload) throws IOException {
        if (debug != null) {
            debug.accept("-> " + Framing.render(payload, 0, payload.length));
        }
        config.time().sent(toTws);
        Framing.writeFrame(out, payload);
    }

    /**
     * Tells the writer thread there is work, held on the clock until it has looked (a virtual clock
     * does not move meanwhile). Under {@link #lock}; nothing once the client has closed.
     */
    private void wakeWriter() {
        if (closed.get()) {
            return;
        }
        config.time().hold();
        wakes++;
        LockSupport.unpark(writerThread);
    }

    /** Closes the connection; the listener hears {@code onDisconnected} once. Idempotent. */
    @Override
    public void close() {
        shutdown("closed by the client");
    }

    private void shutdown(String reason) {
        if (closed.compareAndSet(false, true)) {
            config.time().sent(toTws); // the end of the connection, in flight until TWS's reader sees it
            closeQuietly(socket);
            synchronized (lock) {
                pending.clear();
            }
            LockSupport.unpark(writerThread);
            listener.onDisconnected(reason);
            config.time().closed(fromTws);
        }
    }

    private void readLoop() {
        FrameBuffer frame = new FrameBuffer(); // one payload array for the session: decoding copies what it keeps
        try {
            while (!closed.get()) {
                if (!frame.read(in, config.maxFrameSize())) {
                    shutdown("TWS closed the connection");
                    return;
                }
                if (debug != null) {
                    debug.accept("<- " + frame);
                }
                ServerMessage m = ServerMessage.read(frame.reader(), serverVersion);
                if (!absorbed(m)) {
                    listener.onMessage(m);
                }
                config.time().received(fromTws);
            }
        } catch (WireFormatException e) {
            shutdown("protocol error from TWS: " + e.getMessage());
        } catch (IOException e) {
            shutdown(closed.get() ? "closed by the client" : "connection to TWS lost: " + e.getMessage());
        } catch (RuntimeException e) {
            shutdown("connection to TWS stopped: " + e);
        }
    }

    /** Handles what the client itself owns: order-id updates and pacing-violation retries. */
    private boolean absorbed(ServerMessage m) {
        if (m instanceof ServerMessage.NextValidId) {
            nextOrderId.accumulateAndGet(((ServerMessage.NextValidId) m).orderId(), Math::max);
            return false;
        }
        if (m instanceof ServerMessage.HistoricalData) {
            synchronized (lock) {
                historicalInFlight.remove(((ServerMessage.HistoricalData) m).reqId());
            }
            return false;
        }
        if (m instanceof ServerMessage.ErrorMsg) {
            ServerMessage.ErrorMsg e = (ServerMessage.ErrorMsg) m;
            synchronized (lock) {
                Pending req = historicalInFlight.get(e.reqId());
                if (req == null) {
                    return false;
                }
                if (e.code() != 162 || !e.message().toLowerCase(Locale.ROOT).contains(PACING_VIOLATION)) {
                    if (e.code() < 2100 || e.code() > 2199) {
                        historicalInFlight.remove(e.reqId());
                    }
                    return false;
                }
                governor.violation(config.time().nanos());
                historicalInFlight.remove(e.reqId());
                // told before the writer can pick it again, so its listener never hears sent() then queued()
                req.onSent().queued();
                pending.add(new Pending(req.message(), req.payload(), req.pacing(), config.time().nanos(), req.onSent()));
                wakeWriter();
            }
            if (debug != null) {
                debug.accept("   pacing violation on request " + e.reqId() + ": queued again");
            }
            return true;
        }
        return false;
    }

    /**
     * The writer thread: sends queued messages as their pacing turns come, flushing once nothing
     * more may go out now, and waits on the clock until the next turn or a wake-up. The wake-ups it
     * took are released on the clock once their turn is done (what it wrote is counted in flight by
     * then).
     */
    private void writeLoop() {
        Clock clock = config.time();
        boolean unflushed = false;
        int looked = 0; // wake-ups taken, held on the clock until this turn is done
        try {
            while (true) {
                Pending next = null;
                long due = Long.MAX_VALUE; // when to look again if nothing goes out now
                boolean wait;
                synchronized (lock) {
                    looked += wakes;
                    wakes = 0;
                    if (closed.get() || sendFailure != null) {
                        break; // a sender's write failed: end the session below
                    }
                    long now = clock.nanos();
                    // a sender writing at once wakes us if it leaves work behind
                    for (Iterator<Pending> it = pending.iterator(); !writing && it.hasNext(); ) {
                        Pending p = it.next();
                        long d = governor.delayNanos(p.pacing(), now);
                        if (d == 0) {
                            it.remove();
                            next = p;
                            long waited = now - p.queuedAt();
                            governor.record(p.pacing(), now, p.pacing().historical() ? Math.max(0, waited) : 0);
                            if (p.message() instanceof ClientMessage.ReqHistoricalData) {
                                historicalInFlight.put(((ClientMessage.ReqHistoricalData) p.message()).reqId(), p);
                            }
                            break;
                        }
                        due = Math.min(due, now + d);
                        if (!p.pacing().historical()) {
                            break; // plain messages keep their order
                        }
                    }
                    wait = writing || next == null && !unflushed;
                    if (!wait) {
                        writing = true;
                    }
                }
                if (wait) {
                    release(clock, looked);
                    looked = 0;
                    clock.parkUntil(due); // a wake-up unparks, so does a move of a simulated clock
                    continue;
                }
                try {
                    if (next == null) {
                        // nothing more may go out now: push what was written (queued requests may wait for minutes)
                        out.flush();
                        unflushed = false;
                        continue;
                    }
                    next.onSent().sent(); // before the bytes leave, so before any answer
                    writeFrame(next.payload());
                    unflushed = true;
                } finally {
                    synchronized (lock) {
                        writing = false;
                    }
                }
            }
            IOException failed;
            synchronized (lock) {
                failed = sendFailure;
            }
            if (failed != null) {
                shutdown(sendingLost(failed));
            }
        } catch (IOException e) {
            shutdown(sendingLost(e));
        } finally {
            synchronized (lock) {
                looked += wakes; // none come once closed
                wakes = 0;
            }
            release(clock, looked);
            clock.leave();
        }
    }

    private static void release(Clock clock, int holds) {
        for (int i = 0; i < holds; i++) {
            clock.release();
        }
    }

    private String sendingLost(IOException e) {
        return "connection to TWS lost while sending: " + e.getMessage();
    }

    private boolean removeQueued(int reqId) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            ClientMessage m = it.next().message();
            if (m instanceof ClientMessage.ReqHistoricalData && ((ClientMessage.ReqHistoricalData) m).reqId() == reqId
                    || m instanceof ClientMessage.ReqRealTimeBars && ((ClientMessage.ReqRealTimeBars) m).tickerId() == reqId) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static int cancelledRequestId(ClientMessage m) {
        if (m instanceof ClientMessage.CancelHistoricalData) {
            return ((ClientMessage.CancelHistoricalData) m).reqId();
        }
        if (m instanceof ClientMessage.CancelRealTimeBars) {
            return ((ClientMessage.CancelRealTimeBars) m).tickerId();
        }
        return Integer.MIN_VALUE;
    }

    /** A start-up that failed: the socket closes, and no frame from TWS on it is counted in flight any more. */
    private static void failedStart(IbClientConfig config, Socket socket) {
        int port = socket.getLocalPort();
        closeQuietly(socket);
        if (port > 0) {
            config.time().closed(new WireChannel(port, true));
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
