package org.bt4j.gateway.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerVersion;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.bt4j.ib.wire.WireFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One API connection: a reader thread (handshake, then frames decoded into {@link ClientMessage}s
 * handed to the gateway thread) and a writer thread draining the client's {@link OutboundQueue}.
 * Protocol state (clientId, subscriptions) lives in {@link GatewayEngine} on the gateway thread;
 * this class only moves bytes. A malformed or oversized frame closes this connection alone.
 *
 * <p>The handshake (the {@code API\0} greeting, the version range and the START_API request) must be
 * complete within {@link #HANDSHAKE_TIMEOUT_MS} of connecting, or the connection is closed: a peer
 * that connects and stays silent holds its two threads for at most that long. {@link Sessions} is
 * told once when the connection leaves the handshake (START_API read, or closed), so that it can
 * bound how many connections are handshaking at once.
 */
public final class ClientSession {

    private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);
    /** How long a new connection may take to send its {@code API\0} greeting, version range and START_API. */
    static final int HANDSHAKE_TIMEOUT_MS = 5000;
    private static final String NO_START_API = "no START_API within " + HANDSHAKE_TIMEOUT_MS / 1000 + " s of connecting";

    private final Socket socket;
    private final GatewayEngine engine;
    private final OutboundQueue out;
    private final long connectionId;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean handshaking = new AtomicBoolean(true);
    private final Runnable handshakeDone;
    private volatile int serverVersion;
    private volatile int clientId = -1;

    ClientSession(Socket socket, GatewayEngine engine, int queueCapacity, long connectionId) {
        this(socket, engine, queueCapacity, connectionId, () -> { });
    }

    /** @param handshakeDone run once, on the reader thread or a closing one, when the handshake ends either way */
    ClientSession(Socket socket, GatewayEngine engine, int queueCapacity, long connectionId, Runnable handshakeDone) {
        this.socket = socket;
        this.handshakeDone = handshakeDone;
        this.engine = engine;
        this.out = new OutboundQueue(queueCapacity);
        this.connectionId = connectionId;
    }

    /** Negotiated server version (0 before the handshake). */
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

    /** Queues a payload; false when the client is not keeping up (the caller drops it). */
    boolean send(byte[] payload) {
        return !closed.get() && out.offer(payload);
    }

    /** Frames waiting to be written. */
    int backlog() {
        return out.size();
    }

    /** Closes after flushing what is queued. */
    void closeGracefully() {
        out.close();
    }

    /** Closes at once. */
    void closeNow(String reason) {
        if (closed.compareAndSet(false, true)) {
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
            handshakeDone.run();
        }
    }

    private void readLoop() {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            long deadline = System.nanoTime() + HANDSHAKE_TIMEOUT_MS * 1_000_000L;
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS); // a peer that never greets must not hold two threads forever
            VersionRange range;
            try {
                range = Framing.readClientHello(in);
            } catch (java.net.SocketTimeoutException e) {
                closeNow("no complete TWS API greeting within " + HANDSHAKE_TIMEOUT_MS / 1000 + " s");
                return;
            }
            if (range == null) {
                closeNow("closed before the handshake");
                return;
            }
            int v = range.negotiate(ServerVersion.MIN_FRAMED, ServerVersion.MAX);
            if (v < 0) {
                LOG.warn("refusing {}: client offers versions {}..{}, this gateway speaks {}..{}", label(), range.min(),
                        range.max(), ServerVersion.MIN_FRAMED, ServerVersion.MAX);
                closeNow("unsupported version range " + range);
                return;
            }
            serverVersion = v;
            OutputStream hello = socket.getOutputStream();
            synchronized (this) {
                Framing.writeServerHello(hello, v, engine.connectionTime());
                hello.flush();
            }
            LOG.info("{} negotiated server version {}", label(), v);
            while (!closed.get()) {
                if (handshaking.get() && !handshakeTimeLeft(deadline)) {
                    closeNow(NO_START_API);
                    return;
                }
                byte[] payload;
                try {
                    payload = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
                } catch (java.net.SocketTimeoutException e) { // only possible before START_API
                    closeNow(NO_START_API);
                    return;
                }
                if (payload == null) {
                    closeNow("client closed the connection");
                    return;
                }
                ClientMessage msg;
                try {
                    msg = ClientMessage.read(new FieldReader(payload), v);
                } catch (RuntimeException e) {
                    // the frame's text may hold an order or an account: only at debug
                    LOG.debug("{}: malformed message {}", label(), Framing.render(payload, 0, Math.min(payload.length, 120)));
                    closeNow("malformed message (" + e.getMessage() + ")");
                    return;
                }
                if (msg instanceof ClientMessage.StartApi && handshaking.get()) {
                    socket.setSoTimeout(0);
                    leaveHandshake();
                }
                engine.received(this, msg);
            }
        } catch (WireFormatException e) {
            closeNow(e.getMessage());
        } catch (EOFException | SocketException e) {
            closeNow("connection lost: " + e.getMessage());
        } catch (IOException e) {
            closeNow("I/O error: " + e);
        }
    }

    /** Sets the read timeout to what is left of the handshake; false when nothing is left. */
    private boolean handshakeTimeLeft(long deadline) throws SocketException {
        long ms = (deadline - System.nanoTime()) / 1_000_000L;
        if (ms <= 0) {
            return false;
        }
        socket.setSoTimeout((int) ms);
        return true;
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
                    Framing.writeFrame(os, p);
                    byte[] more;
                    while ((more = out.poll()) != null) {
                        if (OutboundQueue.isClose(more)) {
                            os.flush();
                            socket.close();
                            return;
                        }
                        Framing.writeFrame(os, more);
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
