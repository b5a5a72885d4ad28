package org.bt4j.gateway.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.it.Await;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ClientMsgId;
import org.bt4j.ib.wire.Wire;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the simulated gateway (org.bt4j.gateway) over loopback while a well-behaved client stays
 * connected: garbage greetings, lying frame lengths (negative, huge, truncated), random payloads
 * under real message ids, and well-framed requests with absurd values. After every case the
 * bystander still gets answers; a protocol violation closes only the offending connection; odd but
 * well-formed requests never cost the connection; no session threads or client ids are left behind.
 */
class GatewayFuzzTest {

    private static final boolean SOAK = Boolean.getBoolean("bt4j.soak");
    private static final long SEED = Long.getLong("bt4j.fuzz.seed", 0x5EED_B74L);
    private static final int BYSTANDER = 1;

    private final SimulatedClock clock = SimulatedClock.at("2024-01-05T15:00:00Z");
    private Gateway gw;

    @BeforeEach
    void start() {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(7).build());
    }

    @AfterEach
    void stop() {
        gw.close();
    }

    @Test
    void hostileConnectionsNeverDisturbTheGatewayOrOtherClients() throws Exception {
        int n = SOAK ? 20_000 : 400;
        RandomRequests rnd = new RandomRequests(SEED);
        Set<Thread> threadsBefore = Await.threads(GatewayFuzzTest::sessionThread);
        assertTimeoutPreemptively(Duration.ofSeconds(SOAK ? 3600 : 150), () -> {
            try (FuzzClient bystander = FuzzClient.started(gw.port(), BYSTANDER)) {
                assertEquals(FuzzClient.Outcome.ANSWERED, ping(bystander));
                Set<Thread> bystanders = Await.threads(GatewayFuzzTest::sessionThread);
                int closedAsExpected = 0;
                for (int i = 0; i < n; i++) {
                    int kind = i % 4;
                    String label = "case " + i + " kind " + kind + " seed " + SEED;
                    switch (kind) {
                        case 0 -> closedAsExpected += garbageGreeting(rnd, label);
                        case 1 -> closedAsExpected += lyingFrameLength(rnd, 100 + i, label);
                        case 2 -> randomPayloadUnderARealId(rnd, 100 + i, label);
                        default -> oddButWellFormedRequests(rnd, 100 + i, label);
                    }
                    assertEquals(FuzzClient.Outcome.ANSWERED, ping(bystander), label + ": the bystander lost its answers");
                    if (i % 10 == 9) {
                        gw.advance(Duration.ofSeconds(1 + rnd.nextInt(30))); // let fuzzed orders and timers run
                    }
                }
                assertTrue(closedAsExpected >= n / 4, "protocol violations closed: " + closedAsExpected);
                // every fuzzed session's threads ended, so its disconnection is queued before this call
                Await.threadsEnded(GatewayFuzzTest::sessionThread, bystanders, 10, "session threads");
                assertEquals(Set.of(BYSTANDER), gw.engine().call(gw.engine()::clientIds), "client ids left behind");
            }
        });
        Await.threadsEnded(GatewayFuzzTest::sessionThread, threadsBefore, 10, "session threads");
    }

    /** Not a TWS greeting, or a greeting with a broken version frame: the gateway must hang up. */
    private int garbageGreeting(RandomRequests rnd, String label) throws IOException {
        try (FuzzClient c = FuzzClient.open(gw.port())) {
            switch (rnd.nextInt(4)) {
                case 0 -> c.out.write(rnd.bytes(1 + rnd.nextInt(64)));
                case 1 -> { // the magic, then a version text that is not one
                    c.out.write("API\0".getBytes(StandardCharsets.US_ASCII));
                    byte[] text = rnd.bytes(rnd.nextInt(40));
                    c.sendRaw(text.length, text);
                }
                case 2 -> { // the magic, then a version frame longer than any greeting
                    c.out.write("API\0".getBytes(StandardCharsets.US_ASCII));
                    c.sendRaw(rnd.nextInt(2) == 0 ? -7 : 1 << 20 + rnd.nextInt(8), new byte[0]);
                }
                default -> c.out.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            c.out.flush();
            // refused at once, or (a greeting shorter than "API\0") after the 5 s handshake timeout
            assertTrue(c.awaitClosed(8000), label + ": a non-TWS greeting was not refused");
            return 1;
        }
    }

    /** After a correct start-up, a length prefix that is negative or beyond the maximum. */
    private int lyingFrameLength(RandomRequests rnd, int clientId, String label) throws IOException {
        try (FuzzClient c = FuzzClient.started(gw.port(), clientId)) {
            switch (rnd.nextInt(3)) {
                case 0 -> c.sendRaw(-1 - rnd.nextInt(Integer.MAX_VALUE), rnd.bytes(8));
                case 1 -> c.sendRaw(Wire.MAX_FRAME_SIZE + 1 + rnd.nextInt(1 << 20), rnd.bytes(8));
                default -> { // a frame announced longer than sent, then the client vanishes
                    c.sendRaw(100 + rnd.nextInt(1000), rnd.bytes(rnd.nextInt(50)));
                    return 1;
                }
            }
            assertTrue(c.awaitClosed(5000), label + ": a bad frame length did not close the connection");
            return 1;
        }
    }

    /** Random fields under a real request id: decoded or refused, never a silent, stuck connection. */
    private void randomPayloadUnderARealId(RandomRequests rnd, int clientId, String label) throws IOException {
        try (FuzzClient c = FuzzClient.started(gw.port(), clientId)) {
            int[] ids = {ClientMsgId.REQ_MKT_DATA, ClientMsgId.PLACE_ORDER, ClientMsgId.REQ_HISTORICAL_DATA,
                ClientMsgId.REQ_CONTRACT_DATA, ClientMsgId.REQ_REAL_TIME_BARS, ClientMsgId.REQ_EXECUTIONS,
                ClientMsgId.CANCEL_ORDER, ClientMsgId.REQ_ACCOUNT_UPDATES, rnd.nextInt(200)};
            byte[] id = (ids[rnd.nextInt(ids.length)] + "\0").getBytes(StandardCharsets.US_ASCII);
            byte[] rest = rnd.bytes(rnd.nextInt(200));
            byte[] p = new byte[id.length + rest.length];
            System.arraycopy(id, 0, p, 0, id.length);
            System.arraycopy(rest, 0, p, id.length, rest.length);
            c.sendRaw(p.length, p);
            try {
                c.send(new ClientMessage.ReqCurrentTime());
            } catch (IOException e) {
                return; // already closed by the gateway: the refusal we allow
            }
            FuzzClient.Outcome o = c.awaitCurrentTime(5000);
            assertTrue(o != FuzzClient.Outcome.SILENT, label + ": connection neither answered nor closed");
        }
    }

    /** Well-formed requests with absurd values must be answered (errors are fine), never cost the connection. */
    private void oddButWellFormedRequests(RandomRequests rnd, int clientId, String label) throws IOException {
        try (FuzzClient c = FuzzClient.started(gw.port(), clientId)) {
            int k = 1 + rnd.nextInt(5);
            StringBuilder sent = new StringBuilder();
            for (int j = 0; j < k; j++) {
                ClientMessage m = rnd.next();
                sent.append(m).append("; ");
                c.send(m);
            }
            c.send(new ClientMessage.ReqCurrentTime());
            assertEquals(FuzzClient.Outcome.ANSWERED, c.awaitCurrentTime(5000), label + ": after " + sent);
            assertEquals(java.util.List.of(), c.internalErrors, label + ": the gateway failed handling " + sent);
        }
    }

    private static FuzzClient.Outcome ping(FuzzClient c) throws IOException {
        c.send(new ClientMessage.ReqCurrentTime());
        return c.awaitCurrentTime(5000);
    }

    private static boolean sessionThread(String name) {
        return name.startsWith("gw-read-") || name.startsWith("gw-write-");
    }
}
