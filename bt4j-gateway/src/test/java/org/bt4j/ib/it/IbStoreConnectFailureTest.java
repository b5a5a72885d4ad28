package org.bt4j.ib.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.junit.jupiter.api.Test;

/**
 * Connecting where nothing listens, to a server that is not TWS, or to one that never answers,
 * ends after the configured attempts with exactly one notification: one line naming the address
 * and what to check.
 */
class IbStoreConnectFailureTest {

    static IbStoreParams params(int port, int reconnect) {
        return new IbStoreParams("127.0.0.1", port, 41, false, false, reconnect, 0.05, false, 60, true);
    }

    /** Starts the store and returns its notifications, which must be exactly one line. */
    static String failOnce(IbStoreParams p) {
        IbStore store = new IbStore(p);
        try {
            assertFalse(store.start());
            List<String> notes = store.drainNotifications().stream().map(Object::toString).toList();
            assertEquals(1, notes.size(), notes.toString());
            assertEquals(1, notes.get(0).lines().count());
            return notes.get(0);
        } finally {
            store.stop();
        }
    }

    /** A loopback server that treats every connection with {@code handler}, counting them. */
    static final class FakeServer implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger accepted = new AtomicInteger();

        FakeServer(Consumer<Socket> handler) throws IOException {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        accepted.incrementAndGet();
                        handler.accept(s);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "fake-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void nothingListening() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String line = failOnce(params(port, 2));
        assertEquals("cannot connect to 127.0.0.1:" + port + ": connection refused (is TWS or IB Gateway running with "
                + "the API enabled on this port?)", line);
    }

    @Test
    void aServerThatIsNotTws() throws IOException {
        try (FakeServer http = new FakeServer(s -> {
            try (s; OutputStream out = s.getOutputStream()) {
                s.getInputStream().read(new byte[64]);
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException ignored) {
                // the client hung up first
            }
        })) {
            String line = failOnce(params(http.port(), 1));
            assertTrue(line.startsWith("127.0.0.1:" + http.port() + " is not a TWS / IB Gateway API port"), line);
            assertEquals(2, http.accepted.get(), "the first attempt and one retry");
        }
    }

    @Test
    void aServerThatNeverAnswers() throws IOException {
        try (FakeServer silent = new FakeServer(s -> { })) {
            String line = failOnce(params(silent.port(), 0));
            assertEquals("127.0.0.1:" + silent.port() + " did not answer the TWS API handshake within 1.0 s (is this a "
                    + "TWS / IB Gateway API port?)", line);
            assertEquals(1, silent.accepted.get());
        }
    }
}
