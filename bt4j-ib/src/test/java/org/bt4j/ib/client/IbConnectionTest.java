package org.bt4j.ib.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.Test;

class IbConnectionTest {

    private static final List<ServerMessage> STARTUP = List.of(
            new ServerMessage.ManagedAccounts(List.of("DU1")), new ServerMessage.NextValidId(1));

    private final BlockingQueue<StoreEvent> events = new LinkedBlockingQueue<>();

    private <T extends StoreEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            StoreEvent e = events.poll(5, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within 5 s");
            }
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
    }

    @Test
    void reconnectsAndResubscribesAfterADroppedSocket() throws Exception {
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            IbClientConfig cfg = IbClientConfig.of("127.0.0.1", tws.port(), 3).withConnectTimeoutMillis(500);
            try (IbConnection conn = new IbConnection(cfg, -1, 0.05, true, 60, events::add)) {
                assertTrue(conn.connect());
                assertFalse(next(StoreEvent.Connected.class).reconnect());
                assertEquals(new ClientMessage.StartApi(3, ""), tws.next());
                assertEquals(new ClientMessage.ReqCurrentTime(), tws.next());
                ClientMessage.ReqMktData md = new ClientMessage.ReqMktData(16777216,
                        Contract.of("AAPL", "STK", "SMART", "USD"), "233", false, false);
                conn.subscribe(md.tickerId(), md);
                assertEquals(md, tws.next());

                tws.send(new ServerMessage.CurrentTime(System.currentTimeMillis() / 1000 + 30));
                next(StoreEvent.Message.class);
                assertTrue(Math.abs(conn.offsetNanos() - 30_000_000_000L) < 2_000_000_000L, "offset " + conn.offsetNanos());

                tws.send(new ServerMessage.ErrorMsg(-1, 1100, "Connectivity between IB and TWS has been lost.", ""));
                next(StoreEvent.ConnectivityLost.class);
                tws.send(new ServerMessage.ErrorMsg(-1, 1101, "Connectivity restored - data lost.", ""));
                assertTrue(next(StoreEvent.ConnectivityRestored.class).dataLost());
                assertEquals(1, next(StoreEvent.Resubscribed.class).count());
                assertEquals(new ClientMessage.CancelMktData(md.tickerId()), tws.next());
                assertEquals(md, tws.next());
                tws.send(new ServerMessage.ErrorMsg(-1, 2103, "Market data farm connection is broken:usfarm", ""));
                StoreEvent.FarmStatus farm = next(StoreEvent.FarmStatus.class);
                assertEquals("usfarm", farm.farm());
                assertFalse(farm.ok());

                tws.serveOnce(STARTUP);
                tws.dropConnection();
                assertTrue(next(StoreEvent.Disconnected.class).willRetry());
                assertTrue(next(StoreEvent.Connected.class).reconnect());
                assertEquals(1, next(StoreEvent.Resubscribed.class).count());
                assertEquals(new ClientMessage.StartApi(3, ""), tws.next());
                assertEquals(new ClientMessage.ReqCurrentTime(), tws.next());
                assertEquals(md, tws.next());
            }
        }
    }

    @Test
    void givesUpWithOneClearLineAfterTheConfiguredAttempts() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        IbClientConfig cfg = IbClientConfig.of("127.0.0.1", port, 3).withConnectTimeoutMillis(300);
        try (IbConnection conn = new IbConnection(cfg, 2, 0.01, false, 60, events::add)) {
            long t0 = System.nanoTime();
            assertFalse(conn.connect());
            assertTrue(System.nanoTime() - t0 >= 30_000_000L, "waited between attempts (10 ms, then 20 ms)");
            StoreEvent.GaveUp g = assertInstanceOf(StoreEvent.GaveUp.class, events.poll());
            assertEquals("cannot connect to 127.0.0.1:" + port
                    + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)", g.reason());
        }
    }

    @Test
    void aReconnectDoesNotSendRequestsQueuedOnTheLostSession() throws Exception {
        org.bt4j.time.SimulatedClock clock = org.bt4j.time.SimulatedClock.at("2024-01-05T15:00:00Z");
        PacingRules onePerWindow = new PacingRules(50, 1, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            IbClientConfig cfg = IbClientConfig.of("127.0.0.1", tws.port(), 3).withConnectTimeoutMillis(500)
                    .withPacing(onePerWindow).withClock(clock);
            try (IbConnection conn = new IbConnection(cfg, -1, 0.05, false, 60, events::add)) {
                assertTrue(conn.connect());
                assertEquals(new ClientMessage.StartApi(3, ""), tws.next());
                Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
                List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
                ClientMessage.ReqHistoricalData first = new ClientMessage.ReqHistoricalData(1, aapl, false, "", "1 min",
                        "1 D", true, "TRADES", 2, false);
                ClientMessage.ReqHistoricalData held = new ClientMessage.ReqHistoricalData(2, aapl, false, "", "1 min",
                        "2 D", true, "TRADES", 2, false);
                assertTrue(conn.send(first, () -> heard.add("first")));
                assertTrue(conn.send(held, () -> heard.add("held")));
                assertEquals(first, tws.next());
                assertEquals(1, conn.client().queuedRequests());

                tws.serveOnce(STARTUP);
                tws.dropConnection();
                next(StoreEvent.Disconnected.class);
                assertTrue(next(StoreEvent.Connected.class).reconnect());
                assertEquals(new ClientMessage.StartApi(3, ""), tws.next());
                assertEquals(0, conn.client().queuedRequests(), "the new session starts with an empty queue");
                clock.advance(600_000_000_000L); // the lost request's pacing turn
                assertTrue(conn.send(new ClientMessage.ReqIds(1)));
                assertEquals(new ClientMessage.ReqIds(1), tws.next(), "the lost session's queued request is never sent");
                assertEquals(List.of("first"), heard);
            }
        }
    }
}
