package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.it.Await;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connections that never finish the API handshake, over loopback: at most
 * {@link Sessions#HANDSHAKES_PER_CLIENT} × maxClients of them hold threads at once, the rest are
 * closed as soon as they are accepted, every one of them is closed by the handshake timeout (counted
 * per connection, so dripping bytes does not stretch it), and a well-behaved client is answered
 * throughout and can connect afterwards. The handshake reply leaves in one write.
 */
class SessionsTest {

    private static final int MAX_CLIENTS = 4;
    private static final int FLOOD = 200;

    private final SimulatedClock clock = SimulatedClock.at("2024-01-05T15:00:00Z");
    private Gateway gw;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (gw != null) {
            gw.close();
        }
    }

    @Test
    void aFloodOfSilentConnectionsIsBoundedAndEveryOneIsClosed() throws Exception {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).maxClients(MAX_CLIENTS).build());
        int limit = Sessions.HANDSHAKES_PER_CLIENT * MAX_CLIENTS;
        try (TestClient bystander = TestClient.connect(gw.port(), 1)) {
            bystander.await(ServerMessage.NextValidId.class);
            int before = sessionThreads();
            Set<Thread> threadsBefore = Await.threads(SessionsTest::sessionThread);
            long start = System.nanoTime();
            for (int i = 0; i < FLOOD; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), gw.port());
                sockets.add(s);
                assertTrue(sessionThreads() <= before + 2 * limit, "threads after " + (i + 1) + " silent connections: "
                        + sessionThreads() + " (" + before + " before)");
            }
            bystander.sync(); // answered during the flood
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), gw.port())) { // accepted after the flood
                assertTrue(closedWithin(probe, ClientSession.HANDSHAKE_TIMEOUT_MS / 2),
                        "a connection beyond the handshake limit is closed at once");
            } // the acceptor takes connections in order: every earlier one is settled too
            int closedAtOnce = 0;
            for (Socket s : sockets) {
                closedAtOnce += closedWithin(s, 1) ? 1 : 0;
            }
            assertEquals(FLOOD - limit, closedAtOnce, "connections beyond the handshake limit are closed at once");
            assertTrue(sessionThreads() <= before + 2 * limit, sessionThreads() + " threads");

            for (Socket s : sockets) {
                assertTrue(closedWithin(s, 8_000), "a silent connection outlived the handshake timeout");
            }
            double took = (System.nanoTime() - start) / 1e9;
            assertTrue(took >= ClientSession.HANDSHAKE_TIMEOUT_MS / 1000.0 - 0.5, "closed after " + took + " s");
            Await.threadsEnded(SessionsTest::sessionThread, threadsBefore, 3, "session threads");
            bystander.sync();
            try (TestClient late = TestClient.connect(gw.port(), 2)) {
                late.await(ServerMessage.NextValidId.class);
                late.sync();
            }
        }
    }

    @Test
    void aGreetingWithoutStartApiIsClosedByTheHandshakeTimeout() throws Exception {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).build());
        try (TestClient c = TestClient.connect(gw.port(), 3)) {
            c.await(ServerMessage.NextValidId.class);
            long start = System.nanoTime();
            try (TestClient greeted = new TestClient(gw.port(), "v176..187")) { // accepted after c
                greeted.socket.setSoTimeout(8_000);
                greeted.awaitClosed();
            }
            double took = (System.nanoTime() - start) / 1e9;
            assertTrue(took >= ClientSession.HANDSHAKE_TIMEOUT_MS / 1000.0 - 0.5 && took < 8, "closed after " + took + " s");
            c.sync(); // past the handshake deadline c would have had: an API client is not timed out
        }
    }

    @Test
    void slowDripClientsAreClosedByTheWholeHandshakeDeadlineAndLockNobodyOut() throws Exception {
        int maxClients = 32;
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).maxClients(maxClients).build());
        int slots = Sessions.HANDSHAKES_PER_CLIENT * maxClients; // 64: every handshake slot taken by a dripper
        byte[] greeting = RawSession.frame("v100..187");
        byte[] hello = new byte[4 + greeting.length];
        System.arraycopy(new byte[] {'A', 'P', 'I', 0}, 0, hello, 0, 4);
        System.arraycopy(greeting, 0, hello, 4, greeting.length);
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < slots; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), gw.port());
                sockets.add(s);
                int[] next = {0};
                drip.scheduleAtFixedRate(() -> { // one byte every 3 s: each read is quick, the handshake never ends
                    try {
                        if (next[0] < hello.length) {
                            s.getOutputStream().write(hello[next[0]++]);
                        }
                    } catch (IOException closed) {
                        // the gateway closed it
                    }
                }, 0, 3, TimeUnit.SECONDS);
            }
            for (Socket s : sockets) {
                assertTrue(closedWithin(s, ClientSession.HANDSHAKE_TIMEOUT_MS + 3_000),
                        "a client dripping one byte every 3 s outlived the handshake deadline");
            }
            double took = (System.nanoTime() - start) / 1e9;
            assertTrue(took < ClientSession.HANDSHAKE_TIMEOUT_MS / 1000.0 + 3, "closed after " + took + " s");
            try (TestClient c = TestClient.connect(gw.port(), 5)) { // the slots are free again
                c.await(ServerMessage.NextValidId.class);
                c.sync();
            }
        } finally {
            drip.shutdownNow();
        }
    }

    @Test
    void theHandshakeReplyArrivesInOneRead() throws Exception {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).build());
        byte[] modern = new byte[4 + RawSession.frame("v100..187").length];
        System.arraycopy(new byte[] {'A', 'P', 'I', 0}, 0, modern, 0, 4);
        System.arraycopy(RawSession.frame("v100..187"), 0, modern, 4, modern.length - 4);
        for (int i = 0; i < 200; i++) { // IB's official client keeps only what its first read returns
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), gw.port())) {
                s.setSoTimeout(5000);
                s.getOutputStream().write(i % 2 == 0 ? modern : "62\0".getBytes(StandardCharsets.US_ASCII));
                byte[] buf = new byte[256];
                int n = s.getInputStream().read(buf);
                String text = new String(buf, 0, n, StandardCharsets.US_ASCII);
                if (i % 2 == 0) {
                    int len = ((buf[0] & 0xff) << 24) | ((buf[1] & 0xff) << 16) | ((buf[2] & 0xff) << 8) | (buf[3] & 0xff);
                    assertEquals(4 + len, n, "connect " + i + ": the first read returned part of the reply: " + text);
                    assertTrue(text.startsWith("187\0", 4), text);
                } else { // legacy: un-framed version and connection time
                    assertTrue(text.matches("76\0\\d{8} \\d\\d:\\d\\d:\\d\\d [^\0]+\0"), "connect " + i + ": " + text);
                }
            }
        }
    }

    /** True when the peer closed {@code s} (end of stream or reset) within {@code millis}. */
    private static boolean closedWithin(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        InputStream in = s.getInputStream();
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset by the gateway, or already found closed
        }
    }

    private static int sessionThreads() {
        return Await.threads(SessionsTest::sessionThread).size();
    }

    private static boolean sessionThread(String name) {
        return name.startsWith("gw-read-") || name.startsWith("gw-write-");
    }
}
