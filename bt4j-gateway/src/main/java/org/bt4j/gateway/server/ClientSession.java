package org.bt4j.gateway.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.FrameBuffer;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerVersion;
import org.bt4j.ib.wire.UnframedReader;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.bt4j.ib.wire.WireChannel;
import org.bt4j.ib.wire.WireFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One API connection: a reader thread (handshake, then frames decoded into {@link ClientMessage}s
 * handed to the gateway thread) and a writer thread draining the client's {@link OutboundQueue}.
 * Protocol state (clientId, subscriptions) lives in {@link GatewayEngine} on the gateway thread;
 * this class only moves bytes. A malformed or oversized frame closes this connection alone.
 *
 * <p>Two protocols: the framed one ({@code API\0}, a version range, START_API) and the legacy
 * pre-v100 one of IbPy and backtrader (a bare client version, a bare client id, un-framed messages in
 * the layouts of TWS 9.x), told apart by the first byte. Either way, every message the gateway sends,
 * the handshake reply included, leaves in one socket write.
 *
 * <p>The whole handshake (greeting, version and START_API or client id) must be complete within
 * {@link #HANDSHAKE_TIMEOUT_MS} of connecting, however the peer spreads its bytes, or the connection
 * is closed by the watchdog {@link Sessions} starts with {@link #watch}: a peer that connects and
 * stays silent, or drips one byte at a time, holds its two threads for at most that long.
 * {@link Sessions} is told once when the connection leaves the handshake (START_API read, or
 * closed), so that it can bound how many connections are handshaking at once.
 */
public final class ClientSession {

    private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);
    /** How long a new connection may take to send its {@code API\0} greeting, version range and START_API. */
    static final int HANDSHAKE_TIMEOUT_MS = 5000;
    private static final String NO_START_API = "no complete API handshake within " + HANDSHAKE_TIMEOUT_MS / 1000
            + " s of connecting";

    private final Socket socket;
    /** Frames to the client, as a virtual clock counts them in flight (named by the client's port). */
    private final WireChannel toClient;
    /** Frames from the client, as a virtual clock counts them in flight. */
    private final WireChannel fromClient;
    private final GatewayEngine engine;
    private final OutboundQueue out;
    private final long connectionId;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean handshaking = new AtomicBoolean(true);
    private final Runnable handshakeDone;
    private volatile int serverVersion;
    private volatile int clientId = -1;
    private volatile ScheduledFuture<?> watchdog;

    ClientSession(Socket socket, GatewayEngine engine, int queueCapacity, long connectionId) {
        this(socket, engine, queueCapacity, connectionId, () -> { });
    }

    /** @param handshakeDone run once, on the reader thread or a closing one, when the handshake ends either way */
    ClientSession(Socket socket, GatewayEngine engine, int queueCapacity, long connectionId, Runnable handshakeDone) {
        this.socket = socket;
        this.toClient = new WireChannel(socket.getPort(), true);
        this.fromClient = new WireChannel(socket.getPort(), false);
        this.handshakeDone = handshakeDone;
        this.engine = engine;
        this.out = new OutboundQueue(queueCapacity);
        this.connectionId = connectionId;
    }

    /**
     * Negotiated server version (0 before the handshake); below {@link ServerVersion#MIN_FRAMED} a legacy session,
     * and the number is the client's version, which its message layouts follow.
     */
    public int serverVersion() {
        return serverVersion;
    }

    /** The API client id after START_API, else −1. */
    public int clientId() {
        return clientId;
    }

    void clientId(int id) {
        clientId = id;
    }

    /** A label for logs. */
    public String label() {
        return "connection #" + connectionId + (clientId >= 0 ? " (clientId " + clientId + ")" : "") + " from "
                + socket.getRemoteSocketAddress();
    }

    void start() {
        Thread r = new Thread(this::readLoop, "gw-read-" + connectionId);
        r.setDaemon(true);
        r.start();
        Thread w = new Thread(this::writeLoop, "gw-write-" + connectionId);
        w.setDaemon(true);
        w.start();
    }

    /**
     * Queues the message in {@code w} as this session's wire bytes (a frame, or un-framed for a legacy
     * session), to leave in one socket write; false when the client is not keeping up (the caller drops it).
     */
    boolean send(FieldWriter w) {
        if (closed.get()) {
            return false;
        }
        engine.clock().sent(toClient);
        if (out.offer(w.toWire(serverVersion))) {
            return true;
        }
        engine.clock().received(toClient); // dropped: not in flight after all
        return false;
    }

    /** Closes this connection at {@code delayMs} after now unless its handshake has ended by then. */
    void watch(ScheduledExecutorService timer, long delayMs) {
        watchdog = timer.schedule(() -> {
            if (handshaking.get()) {
                closeNow(NO_START_API);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
        if (!handshaking.get()) {
            watchdog.cancel(false);
        }
    }

    /** Frames waiting to be written. */
    int backlog() {
        return out.size();
    }

    /** Closes after flushing what is queued. */
    void closeGracefully() {
        out.close();
    }

    /**
     * Closes at once; the close is counted in flight towards the client (a virtual clock waits until
     * the client's reader has seen it, so what the client does about it comes before time moves on).
     */
    void closeNow(String reason) {
        if (closed.compareAndSet(false, true)) {
            engine.clock().sent(toClient);
            leaveHandshake();
            LOG.info("closing {}: {}", label(), reason);
            // queued before the socket closes: a client that reconnects at once must find its id free
            engine.post(() -> engine.disconnected(this));
            out.close();
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    private void leaveHandshake() {
        if (handshaking.compareAndSet(true, false)) {
            ScheduledFuture<?> w = watchdog;
            if (w != null) {
                w.cancel(false);
            }
            handshakeDone.run();
        }
    }

    private void readLoop() {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            VersionRange range = Framing.readClientHello(in);
            if (range == null) {
                closeNow("closed before the handshake");
                return;
            }
            if (range.max() < ServerVersion.MIN_FRAMED) {
                readLegacy(in, range.max());
                return;
            }
            int v = range.negotiate(ServerVersion.MIN_FRAMED, ServerVersion.MAX);
            if (v < 0) {
                LOG.warn("refusing {}: client offers versions {}..{}, this gateway speaks {}..{}", label(), range.min(),
                        range.max(), ServerVersion.MIN_FRAMED, ServerVersion.MAX);
                closeNow("unsupported version range " + range);
                return;
            }
            hello(v, v);
            LOG.info("{} negotiated server version {}", label(), v);
            FrameBuffer frame = new FrameBuffer();
            while (!closed.get()) {
                if (!frame.read(in, Wire.MAX_FRAME_SIZE)) {
                    closeNow("client closed the connection");
                    return;
                }
                ClientMessage msg;
                try {
                    msg = ClientMessage.read(frame.reader(), v);
                } catch (RuntimeException e) {
                    // the frame's text may hold an order or an account: only at debug
                    LOG.debug("{}: malformed message {}", label(), Framing.render(frame.array(), 0,
                            Math.min(frame.length(), 120)));
                    closeNow("malformed message (" + e.getMessage() + ")");
                    return;
                }
                received(msg);
            }
        } catch (WireFormatException e) {
            closeNow(e.getMessage());
        } catch (EOFException | SocketException e) {
            closeNow("connection lost: " + e.getMessage());
        } catch (IOException e) {
            closeNow("I/O error: " + e);
        } finally {
            engine.clock().closed(fromClient);
        }
    }

    /** The legacy session: answer, then the bare client id (its START_API), then un-framed messages. */
    private void readLegacy(InputStream in, int clientVersion) throws IOException {
        if (clientVersion < ServerVersion.LEGACY_MIN_CLIENT) {
            LOG.warn("refusing {}: legacy client version {}, this gateway serves legacy clients from version {}", label(),
                    clientVersion, ServerVersion.LEGACY_MIN_CLIENT);
            closeNow("unsupported legacy client version " + clientVersion);
            return;
        }
        hello(clientVersion, ServerVersion.LEGACY_ANSWER);
        LOG.info("{} is a legacy (pre-v100) client of version {}; answered server version {}", label(), clientVersion,
                ServerVersion.LEGACY_ANSWER);
        UnframedReader reader = new UnframedReader(in, clientVersion, Wire.MAX_FRAME_SIZE);
        ClientMessage msg = reader.readClientId();
        while (msg != null && !closed.get()) {
            received(msg);
            msg = reader.read();
        }
        closeNow("client closed the connection");
    }

    /** Sends the handshake reply in one write; from here on the session speaks {@code version}. */
    private void hello(int version, int answered) throws IOException {
        serverVersion = version;
        OutputStream os = socket.getOutputStream();
        synchronized (this) {
            Framing.writeServerHello(os, version, answered, engine.connectionTime());
        }
    }

    private void received(ClientMessage msg) {
        if (msg instanceof ClientMessage.StartApi && handshaking.get()) {
            leaveHandshake();
        }
        engine.received(this, msg);
        engine.clock().received(fromClient);
    }

    private void writeLoop() {
        try {
            OutputStream os = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            while (true) {
                byte[] p = out.take(1000);
                if (p == null) {
                    if (closed.get()) {
                        return;
                    }
                    continue;
                }
                if (OutboundQueue.isClose(p)) {
                    os.flush();
                    socket.close();
                    return;
                }
                synchronized (this) {
                    os.write(p); // a whole frame: the buffer flushes before it, never inside it
                    byte[] more;
                    while ((more = out.poll()) != null) {
                        if (OutboundQueue.isClose(more)) {
                            os.flush();
                            socket.close();
                            return;
                        }
                        os.write(more);
                    }
                    os.flush();
                }
            }
        } catch (IOException e) {
            closeNow("write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
