package org.bt4j.ib.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.Test;

class IbClientTest {

    private static final List<ServerMessage> STARTUP = List.of(
            new ServerMessage.ManagedAccounts(List.of("DU1234567")),
            new ServerMessage.NextValidId(11),
            new ServerMessage.ErrorMsg(-1, 2104, "Market data farm connection is OK:usfarm", ""));

    static final class Recorder implements IbClientListener {
        final BlockingQueue<ServerMessage> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();

        @Override public void onMessage(ServerMessage m) { messages.add(m); }
        @Override public void onDisconnected(String reason) { disconnects.add(reason); }

        ServerMessage next() throws InterruptedException {
            ServerMessage m = messages.poll(5, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no message within 5 s");
            }
            return m;
        }
    }

    /** Records what a request's {@link SendListener} hears: {@code sent@<clock nanos>} and {@code queued}. */
    static final class Sends implements SendListener {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final org.bt4j.time.Clock clock;

        Sends(org.bt4j.time.Clock clock) {
            this.clock = clock;
        }

        @Override public void sent() { heard.add("sent@" + clock.nanos()); }
        @Override public void queued() { heard.add("queued"); }
    }

    private static ClientMessage.ReqHistoricalData history(int reqId, String duration) {
        return new ClientMessage.ReqHistoricalData(reqId, Contract.of("AAPL", "STK", "SMART", "USD"), false, "", "1 min",
                duration, true, "TRADES", 2, false);
    }

    private static IbClientConfig config(int port) {
        return IbClientConfig.of("127.0.0.1", port, 7).withConnectTimeoutMillis(500);
    }

    @Test
    void handshakeStartApiAndReady() throws Exception {
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            Recorder rec = new Recorder();
            List<String> lines = new CopyOnWriteArrayList<>();
            try (IbClient c = IbClient.connect(config(tws.port()).withDebug(lines::add), rec, null)) {
                assertEquals(new ClientMessage.StartApi(7, ""), tws.next());
                assertEquals(187, c.serverVersion());
                assertEquals(List.of("DU1234567"), c.accounts());
                assertEquals(11, c.nextOrderId());
                assertEquals(12, c.nextOrderId());
                int firstId = c.nextRequestId();
                assertTrue(firstId >= IbClient.FIRST_REQUEST_ID, "request ids start at " + IbClient.FIRST_REQUEST_ID);
                assertEquals(firstId + 1, c.nextRequestId());
                assertInstanceOf(ServerMessage.ManagedAccounts.class, rec.next());
                assertInstanceOf(ServerMessage.NextValidId.class, rec.next());
                assertEquals(2104, ((ServerMessage.ErrorMsg) rec.next()).code());

                c.send(new ClientMessage.ReqCurrentTime());
                assertEquals(new ClientMessage.ReqCurrentTime(), tws.next());
                tws.send(new ServerMessage.CurrentTime(1704465000L));
                assertEquals(new ServerMessage.CurrentTime(1704465000L), rec.next());
                assertTrue(lines.contains("-> 71|2|7||"), lines.toString());
                assertTrue(lines.contains("-> 49|1|"), lines.toString());
                assertTrue(lines.contains("<- 49|1|1704465000|"), lines.toString());
            }
            assertEquals("closed by the client", rec.disconnects.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void nothingListeningIsOneClearLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        IbConnectException e = assertThrows(IbConnectException.class,
                () -> IbClient.connect(config(port), new Recorder(), null));
        assertEquals("cannot connect to 127.0.0.1:" + port
                + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)", e.getMessage());
    }

    @Test
    void silentPeerTimesOut() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IbConnectException e = assertThrows(IbConnectException.class,
                    () -> IbClient.connect(config(s.getLocalPort()), new Recorder(), null));
            assertEquals("127.0.0.1:" + s.getLocalPort() + " did not answer the TWS API handshake within 0.5 s"
                    + " (is this a TWS / IB Gateway API port?)", e.getMessage());
        }
    }

    @Test
    void peerThatIsNotTwsIsNamed() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket sock = s.accept()) {
                    sock.setSoTimeout(10_000);
                    OutputStream o = sock.getOutputStream();
                    o.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    while (sock.getInputStream().read() >= 0) {
                        // open until the client hangs up on the answer
                    }
                } catch (IOException ignored) {
                    // done
                }
            });
            t.start();
            IbConnectException e = assertThrows(IbConnectException.class,
                    () -> IbClient.connect(config(s.getLocalPort()), new Recorder(), null));
            assertTrue(e.getMessage().startsWith("127.0.0.1:" + s.getLocalPort()
                    + " is not a TWS / IB Gateway API port: bad message length"), e.getMessage());
            t.join();
        }
    }

    @Test
    void tooOldServerIsRefused() throws Exception {
        try (FakeTws tws = new FakeTws(170)) {
            tws.serveOnce(STARTUP);
            IbConnectException e = assertThrows(IbConnectException.class,
                    () -> IbClient.connect(config(tws.port()), new Recorder(), null));
            assertEquals("127.0.0.1:" + tws.port() + " answered server version 170; bt4j needs 176..187"
                    + " (TWS / IB Gateway 10.30 or newer)", e.getMessage());
        }
    }

    @Test
    void clientIdInUse() throws Exception {
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(List.of(new ServerMessage.ErrorMsg(-1, 326,
                    "Unable to connect as the client id is already in use. Retry with a unique client id.", "")));
            IbConnectException e = assertThrows(IbConnectException.class,
                    () -> IbClient.connect(config(tws.port()), new Recorder(), null));
            assertTrue(e.clientIdInUse());
            assertEquals("127.0.0.1:" + tws.port() + " refused client id 7: it is already in use (error 326)",
                    e.getMessage());
        }
    }

    @Test
    void droppedSocketIsReportedOnce() throws Exception {
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            Recorder rec = new Recorder();
            IbClient c = IbClient.connect(config(tws.port()), rec, null);
            tws.next();
            tws.dropConnection();
            String reason = rec.disconnects.poll(5, TimeUnit.SECONDS);
            assertEquals("TWS closed the connection", reason);
            assertFalse(c.isConnected());
            assertThrows(IllegalStateException.class, () -> c.send(new ClientMessage.ReqIds(1)));
            c.close();
            assertEquals(null, rec.disconnects.poll(100, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void pacingViolationIsRetriedNotReported() throws Exception {
        PacingRules quick = new PacingRules(50, 60, 600_000_000_000L, 200_000_000L, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            Recorder rec = new Recorder();
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(quick), rec, null)) {
                tws.next();
                ClientMessage.ReqHistoricalData h = new ClientMessage.ReqHistoricalData(c.nextRequestId(),
                        Contract.of("AAPL", "STK", "SMART", "USD"), false, "", "1 min", "1 D", true, "TRADES", 2, false);
                Sends sends = new Sends(() -> 0L);
                c.send(h, sends);
                assertEquals(h, tws.next());
                tws.send(new ServerMessage.ErrorMsg(h.reqId(), 162,
                        "Historical Market Data Service error message:Historical data request pacing violation", ""));
                long t0 = System.nanoTime();
                assertEquals(h, tws.next());
                assertTrue(System.nanoTime() - t0 >= 150_000_000L, "retried only after waiting");
                assertEquals(1, c.pacingStats().violations());
                assertEquals(List.of("sent@0", "queued", "sent@0"), sends.heard,
                        "the requester hears that its request waits again, then that it left again");
                for (int i = 0; i < 3; i++) {
                    ServerMessage m = rec.next();
                    assertFalse(m instanceof ServerMessage.ErrorMsg && ((ServerMessage.ErrorMsg) m).code() == 162);
                }
            }
        }
    }

    @Test
    void requestsHeldByPacingOnASimulatedClockGoOutWhenTheClockMoves() throws Exception {
        org.bt4j.time.SimulatedClock clock = org.bt4j.time.SimulatedClock.at("2024-01-05T15:00:00Z");
        PacingRules rules = new PacingRules(50, 60, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(rules).withClock(clock), new Recorder(), null)) {
                tws.next();
                Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
                for (int i = 1; i <= 7; i++) {
                    c.send(new ClientMessage.ReqHistoricalData(i, aapl, false, "", "1 min", i + " D", true, "TRADES", 2,
                            false));
                }
                for (int i = 1; i <= 5; i++) {
                    assertEquals(i, ((ClientMessage.ReqHistoricalData) tws.next()).reqId(),
                            "sent at once although later requests wait");
                }
                assertEquals(clock.nanos() + 2_000_000_000L, c.nextSendNanos(), "five per contract per 2 s");
                assertEquals(2, c.queuedRequests());
                clock.advance(2_000_000_000L);
                assertEquals(6, ((ClientMessage.ReqHistoricalData) tws.next()).reqId(), "woken by the clock move");
                assertEquals(7, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                assertEquals(Long.MAX_VALUE, c.nextSendNanos());
            }
        }
    }

    @Test
    void aPlainMessageWithinTheRateIsWrittenOnTheSendingThread() throws Exception {
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()), new Recorder(), null)) {
                tws.next();
                List<String> threads = new CopyOnWriteArrayList<>();
                c.send(new ClientMessage.ReqIds(1), () -> threads.add(Thread.currentThread().getName()));
                assertEquals(List.of(Thread.currentThread().getName()), threads, "no hand-off to the writer thread");
                assertEquals(0, c.queuedRequests());
                assertEquals(new ClientMessage.ReqIds(1), tws.next());
                assertEquals(1, c.pacingStats().messages(), "counted by the governor like a queued message");
            }
        }
    }

    @Test
    void plainMessagesOverTheRateWaitInTheQueueAndKeepTheirOrder() throws Exception {
        org.bt4j.time.SimulatedClock clock = org.bt4j.time.SimulatedClock.at("2024-01-05T15:00:00Z");
        PacingRules twoPerSecond = new PacingRules(2, 60, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(twoPerSecond).withClock(clock),
                    new Recorder(), null)) {
                tws.next();
                List<String> threads = new CopyOnWriteArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    c.send(new ClientMessage.ReqIds(i), () -> threads.add(Thread.currentThread().getName()));
                }
                assertEquals(new ClientMessage.ReqIds(1), tws.next());
                assertEquals(new ClientMessage.ReqIds(2), tws.next());
                assertEquals(3, c.queuedRequests(), "the third and later wait for the rate, the fifth behind the third");
                clock.advance(1_000_000_000L);
                assertEquals(new ClientMessage.ReqIds(3), tws.next());
                assertEquals(new ClientMessage.ReqIds(4), tws.next());
                clock.advance(1_000_000_000L);
                assertEquals(new ClientMessage.ReqIds(5), tws.next());
                String caller = Thread.currentThread().getName();
                String writer = "ib-client-7-writer";
                assertEquals(List.of(caller, caller, writer, writer, writer), threads);
                c.send(new ClientMessage.ReqIds(6));
                assertEquals(new ClientMessage.ReqIds(6), tws.next(), "the queue is empty again: written at once");
                assertEquals(0, c.queuedRequests());
            }
        }
    }

    @Test
    void aMessageThatCannotBeEncodedIsRefusedWhetherWrittenAtOnceOrQueued() throws Exception {
        org.bt4j.time.SimulatedClock clock = org.bt4j.time.SimulatedClock.at("2024-01-05T15:00:00Z");
        PacingRules onePerSecond = new PacingRules(1, 60, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
        org.bt4j.ib.wire.Order nan = org.bt4j.ib.wire.Order.builder().orderId(1).action("BUY").totalQuantity(1)
                .orderType("LMT").lmtPrice(Double.NaN).tif("DAY").build();
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(onePerSecond).withClock(clock),
                    new Recorder(), null)) {
                tws.next();
                Sends refused = new Sends(clock);
                assertThrows(IllegalArgumentException.class, () -> c.send(new ClientMessage.PlaceOrder(1, aapl, nan), refused));
                assertEquals(List.of(), refused.heard, "never reported sent");
                clock.advance(1_000_000_000L);
                c.send(new ClientMessage.ReqIds(1));
                assertThrows(IllegalArgumentException.class, () -> c.send(new ClientMessage.PlaceOrder(2, aapl, nan), refused),
                        "over the rate: refused instead of queued");
                assertEquals(0, c.queuedRequests());
                c.send(new ClientMessage.ReqIds(2));
                assertEquals(1, c.queuedRequests());
                assertEquals(new ClientMessage.ReqIds(1), tws.next());
                clock.advance(1_000_000_000L);
                assertEquals(new ClientMessage.ReqIds(2), tws.next(), "the writer carries on");
                assertEquals(List.of(), refused.heard);
                assertTrue(c.isConnected());
            }
        }
    }

    @Test
    void cancellingAQueuedRequestSendsNothing() throws Exception {
        PacingRules slow = new PacingRules(50, 1, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(slow), new Recorder(), null)) {
                tws.next();
                Sends first = new Sends(() -> 0L);
                Sends second = new Sends(() -> 0L);
                c.send(history(1, "1 D"), first);
                c.send(history(2, "2 D"), second);
                assertEquals(1, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                c.send(new ClientMessage.CancelHistoricalData(2));
                c.send(new ClientMessage.ReqIds(1));
                assertEquals(new ClientMessage.ReqIds(1), tws.next());
                assertEquals(0, c.queuedRequests());
                assertEquals(List.of("sent@0"), first.heard);
                assertEquals(List.of(), second.heard, "a request cancelled in the queue is never reported sent");
            }
        }
    }

    @Test
    void aPacedRequestIsReportedSentWhenItLeavesNotWhenItIsQueued() throws Exception {
        org.bt4j.time.SimulatedClock clock = org.bt4j.time.SimulatedClock.at("2024-01-05T15:00:00Z");
        PacingRules rules = new PacingRules(50, 2, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(rules).withClock(clock), new Recorder(), null)) {
                tws.next();
                long t0 = clock.nanos();
                Sends[] sends = {new Sends(clock), new Sends(clock), new Sends(clock)};
                for (int i = 0; i < 3; i++) {
                    c.send(history(i + 1, (i + 1) + " D"), sends[i]);
                }
                assertEquals(1, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                assertEquals(2, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                assertEquals(List.of("sent@" + t0), sends[0].heard);
                assertEquals(List.of("sent@" + t0), sends[1].heard);
                clock.advance(300_000_000_000L);
                c.send(new ClientMessage.ReqIds(1));
                assertEquals(new ClientMessage.ReqIds(1), tws.next());
                assertEquals(List.of(), sends[2].heard, "held by the two-per-window rule: not sent, not reported");
                assertEquals(1, c.queuedRequests());
                clock.advance(300_000_000_000L);
                assertEquals(3, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                assertEquals(List.of("sent@" + (t0 + 600_000_000_000L)), sends[2].heard,
                        "reported when it left, ten minutes after it was queued");
                assertEquals(600_000_000_000L, c.pacingStats().maxWaitNanos());
                assertEquals(3, c.pacingStats().historical());
            }
        }
    }

    @Test
    void requestsQueuedWhenTheConnectionDropsAreDroppedWithIt() throws Exception {
        PacingRules slow = new PacingRules(50, 1, 600_000_000_000L, 0, 5, 2_000_000_000L, 0);
        try (FakeTws tws = new FakeTws(187)) {
            tws.serveOnce(STARTUP);
            Recorder rec = new Recorder();
            try (IbClient c = IbClient.connect(config(tws.port()).withPacing(slow), rec, null)) {
                tws.next();
                Sends held = new Sends(() -> 0L);
                c.send(history(1, "1 D"));
                c.send(history(2, "2 D"), held);
                assertEquals(1, ((ClientMessage.ReqHistoricalData) tws.next()).reqId());
                assertEquals(1, c.queuedRequests());
                tws.dropConnection();
                assertTrue(rec.disconnects.poll(5, TimeUnit.SECONDS) != null, "the drop is reported");
                assertEquals(0, c.queuedRequests(), "nothing is left to be sent later");
                assertEquals(List.of(), held.heard);
                assertThrows(IllegalStateException.class, () -> c.send(history(3, "3 D"), held));
                assertEquals(0, c.queuedRequests());
            }
        }
    }
}
