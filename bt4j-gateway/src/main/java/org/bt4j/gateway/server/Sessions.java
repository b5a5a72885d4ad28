package org.bt4j.gateway.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket: accepts connections and starts a {@link ClientSession} for each. The API
 * client limit is enforced after START_API by {@link GatewayEngine}; before that, at most
 * {@link #HANDSHAKES_PER_CLIENT} × maxClients connections may be in their handshake at once (each
 * holds two threads for up to {@link ClientSession#HANDSHAKE_TIMEOUT_MS}), and a connection beyond
 * that is closed as soon as it is accepted. The handshake time is counted per connection, from accept
 * to START_API, by one watchdog thread, so a peer that sends a byte now and then cannot stretch it.
 * Thread-safe; one acceptor thread and one watchdog thread.
 */
public final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    /** Connections allowed in their handshake at once, per API client allowed. */
    static final int HANDSHAKES_PER_CLIENT = 2;

    private final GatewayEngine engine;
    private final int queueCapacity;
    private final List<ClientSession> open = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger handshaking = new AtomicInteger();
    private final ScheduledThreadPoolExecutor watchdog;
    private final long handshakeTimeoutMs;
    private int handshakeLimit;
    private long refused; // acceptor thread: connections refused since the last one accepted
    private ServerSocket server;
    private volatile boolean closed;

    public Sessions(GatewayEngine engine, int queueCapacity) {
        this(engine, queueCapacity, ClientSession.HANDSHAKE_TIMEOUT_MS);
    }

    /** @param handshakeTimeoutMs how long a connection may take from accept to START_API */
    Sessions(GatewayEngine engine, int queueCapacity, long handshakeTimeoutMs) {
        this.engine = engine;
        this.queueCapacity = queueCapacity;
        this.handshakeTimeoutMs = handshakeTimeoutMs;
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "gw-handshake-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
    }

    /** Binds and starts accepting. */
    public void listen(InetSocketAddress address, int maxClients) throws IOException {
        handshakeLimit = HANDSHAKES_PER_CLIENT * Math.max(1, maxClients);
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(address, maxClients + 8);
        Thread t = new Thread(this::acceptLoop, "gw-accept");
        t.setDaemon(true);
        t.start();
    }

    /** Bound port. */
    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted and not yet closed (handshaking or API clients). */
    public int openCount() {
        int n = 0;
        for (ClientSession s : open) {
            if (!s.isClosed()) {
                n++;
            }
        }
        return n;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                if (handshaking.get() >= handshakeLimit) {
                    refuse(s);
                    continue;
                }
                if (refused > 0) {
                    LOG.info("accepting connections again ({} refused while {} were handshaking)", refused, handshakeLimit);
                    refused = 0;
                }
                s.setTcpNoDelay(true);
                handshaking.incrementAndGet();
                ClientSession cs = new ClientSession(s, engine, queueCapacity, ids.incrementAndGet(),
                        handshaking::decrementAndGet);
                open.removeIf(ClientSession::isClosed);
                open.add(cs);
                LOG.info("accepted {}", cs.label());
                cs.watch(watchdog, handshakeTimeoutMs);
                cs.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accept failed: {}", e.toString());
                }
            }
        }
    }

    /** Closes a connection over the handshake limit at once: one INFO line per burst, the rest at debug. */
    private void refuse(Socket s) {
        if (refused++ == 0) {
            LOG.info("refusing new connections: {} connections have not completed the API handshake", handshakeLimit);
        } else {
            LOG.debug("refused a connection: {} connections are handshaking", handshakeLimit);
        }
        try {
            s.setSoLinger(true, 0); // reset at once: no lingering state for a peer that floods
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Stops accepting and closes every connection. */
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        for (ClientSession s : open) {
            s.closeNow("gateway shutting down");
        }
    }
}
