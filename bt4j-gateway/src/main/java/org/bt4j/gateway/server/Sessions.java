package org.bt4j.gateway.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket: accepts connections and starts a {@link ClientSession} for each (the
 * client limit is enforced after START_API by {@link GatewayEngine}). Thread-safe; one acceptor
 * thread.
 */
public final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final GatewayEngine engine;
    private final int queueCapacity;
    private final List<ClientSession> open = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private ServerSocket server;
    private volatile boolean closed;

    public Sessions(GatewayEngine engine, int queueCapacity) {
        this.engine = engine;
        this.queueCapacity = queueCapacity;
    }

    /** Binds and starts accepting. */
    public void listen(InetSocketAddress address, int maxClients) throws IOException {
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

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                ClientSession cs = new ClientSession(s, engine, queueCapacity, ids.incrementAndGet());
                open.removeIf(ClientSession::isClosed);
                open.add(cs);
                LOG.info("accepted {}", cs.label());
                cs.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accept failed: {}", e.toString());
                }
            }
        }
    }

    /** Stops accepting and closes every connection. */
    public void close() {
        closed = true;
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
