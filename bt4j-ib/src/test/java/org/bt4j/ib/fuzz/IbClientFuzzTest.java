package org.bt4j.ib.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbClientListener;
import org.bt4j.ib.client.IbConnectException;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the TWS client's reader (org.bt4j.ib.client.IbClient) over a real loopback socket: after
 * a correct handshake the peer sends a marker, one mutated frame (mutated payload and sometimes a
 * lying length prefix) and a second marker, then ends the stream. Whatever the bytes, the client
 * delivers what it could decode, reports exactly one disconnection with a one-line reason, delivers
 * nothing after a protocol error, and its threads end. A peer that garbles or never finishes the
 * handshake ends {@code connect} with one clear line within the connect timeout.
 */
class IbClientFuzzTest {

    private static final long MARK_BEFORE = 1_111_111_111L;
    private static final long MARK_AFTER = 1_222_222_222L;
    private static final int CONNECT_TIMEOUT_MS = 1500;
    private static final int STALL_TIMEOUT_MS = 300;

    /** Records what one client session delivered. */
    private static final class Recorder implements IbClientListener {
        final List<ServerMessage> messages = new CopyOnWriteArrayList<>();
        final List<String> disconnects = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile int messagesAtDisconnect = -1;

        @Override
        public void onMessage(ServerMessage m) {
            messages.add(m);
        }

        @Override
        public void onDisconnected(String reason) {
            messagesAtDisconnect = messages.size();
            disconnects.add(reason);
            ended.countDown();
        }

        boolean sawMarker(long marker) {
            return messages.stream().anyMatch(m -> m instanceof ServerMessage.CurrentTime t && t.epochSeconds() == marker);
        }
    }

    @Test
    void mutatedFramesAfterTheHandshakeEndOnlyThatSessionWithOneLine() throws Exception {
        int n = FuzzBudget.cases(300, 20_000);
        List<byte[]> seeds = Corpus.serverMessages().stream().map(Corpus::encode).toList();
        Mutator mut = new Mutator(FuzzBudget.SEED + 10);
        Set<Thread> threadsBefore = clientThreads();
        int protocolErrors = assertTimeoutPreemptively(Duration.ofSeconds(FuzzBudget.SOAK ? 3600 : 120), () -> {
            int errors = 0;
            try (HostileTws tws = new HostileTws()) {
                for (int i = 0; i < n; i++) {
                    byte[] bad = mut.mutate(seeds.get(mut.nextInt(seeds.size())));
                    int lie = mut.nextInt(6);
                    int announced = switch (lie) {
                        case 0 -> bad.length + 1 + mut.nextInt(40);          // longer than sent: eats the marker
                        case 1 -> Math.max(0, bad.length - 1 - mut.nextInt(8)); // shorter: the rest misaligns
                        case 2 -> Wire.MAX_FRAME_SIZE + 1 + mut.nextInt(1000); // huge
                        case 3 -> -1 - mut.nextInt(Integer.MAX_VALUE);           // negative
                        default -> bad.length;
                    };
                    String label = "case " + i + " (" + mut.lastSteps() + ", length " + announced + " for "
                            + bad.length + " bytes)";
                    Thread server = tws.serveOnce((s, in, out) -> {
                        HostileTws.handshake(in, out);
                        HostileTws.writeFrame(out, Corpus.encode(new ServerMessage.CurrentTime(MARK_BEFORE)));
                        HostileTws.writeRaw(out, announced, bad);
                        HostileTws.writeFrame(out, Corpus.encode(new ServerMessage.CurrentTime(MARK_AFTER)));
                        out.flush();
                        s.shutdownOutput();
                        while (in.read() >= 0) {
                            // drain until the client hangs up
                        }
                    });
                    Recorder rec = new Recorder();
                    IbClient client = IbClient.connect(config(tws.port(), i), rec, null);
                    assertTrue(rec.ended.await(10, TimeUnit.SECONDS), label + ": no disconnection reported");
                    client.close();
                    server.join(10_000);
                    assertEquals(1, rec.disconnects.size(), label + ": " + rec.disconnects);
                    String reason = rec.disconnects.get(0);
                    assertTrue(!reason.isBlank() && reason.indexOf('\n') < 0 && reason.indexOf('\r') < 0,
                            label + ": reason not one line: " + reason);
                    assertTrue(rec.sawMarker(MARK_BEFORE), label + ": frame before the bad one lost");
                    assertEquals(rec.messagesAtDisconnect, rec.messages.size(), label + ": delivered after disconnect");
                    if (reason.startsWith("protocol error")) {
                        errors++;
                    } else if (lie >= 4) {
                        // a well-framed payload that decoded: the stream stays aligned
                        assertTrue(rec.sawMarker(MARK_AFTER), label + ": marker after a decodable frame lost ("
                                + reason + ")");
                    }
                }
            }
            return errors;
        });
        assertTrue(protocolErrors > n / 4, "only " + protocolErrors + " of " + n + " cases were protocol errors");
        assertNoClientThreadsLeft(threadsBefore);
    }

    @Test
    void aPeerThatGarblesOrStallsTheHandshakeIsRefusedInTime() throws Exception {
        int n = FuzzBudget.cases(40, 3000);
        Mutator mut = new Mutator(FuzzBudget.SEED + 11);
        byte[] hello = Corpus.encode(new ServerMessage.ManagedAccounts(List.of("187", "20240105 09:15:02 EST")));
        Set<Thread> threadsBefore = clientThreads();
        assertTimeoutPreemptively(Duration.ofSeconds(FuzzBudget.SOAK ? 7200 : 120), () -> {
            try (HostileTws tws = new HostileTws()) {
                for (int i = 0; i < n; i++) {
                    int kind = i % 5;
                    byte[] garbage = mut.mutate(hello);
                    String label = "case " + i + " kind " + kind + " (" + mut.lastSteps() + ")";
                    tws.serveOnce((s, in, out) -> {
                        switch (kind) {
                            case 0 -> { // mutated server hello
                                in.readNBytes(4);
                                HostileTws.writeFrame(out, garbage);
                            }
                            case 1 -> { // correct hello, then garbage instead of START_API answers
                                HostileTws.handshake(in, out);
                                HostileTws.writeFrame(out, garbage);
                            }
                            case 2 -> { // an HTTP server, say
                                out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            }
                            case 3 -> { // answers the version, then never says nextValidId
                                org.bt4j.ib.wire.Framing.readClientHello(in);
                                org.bt4j.ib.wire.Framing.writeServerHello(out, 187, "20240105 09:15:02 EST");
                            }
                            default -> { // accepts and says nothing at all
                            }
                        }
                        out.flush();
                        while (in.read() >= 0) {
                            // wait for the client to give up
                        }
                    });
                    long t0 = System.nanoTime();
                    try {
                        IbClient c = IbClient.connect(config(tws.port(), i).withConnectTimeoutMillis(STALL_TIMEOUT_MS),
                                new Recorder(), null);
                        c.close(); // only a mutation that happens to be a valid start-up may get here
                        assertEquals(1, kind, label + ": connected to a peer that never completed the handshake");
                    } catch (IbConnectException e) {
                        String m = e.getMessage();
                        assertNotNull(m, label);
                        assertTrue(m.indexOf('\n') < 0 && m.contains("127.0.0.1:" + tws.port()), label + ": " + m);
                    }
                    long ms = (System.nanoTime() - t0) / 1_000_000L;
                    assertTrue(ms < 2L * STALL_TIMEOUT_MS + 1000, label + ": took " + ms + " ms");
                }
            }
        });
        assertNoClientThreadsLeft(threadsBefore);
    }

    private static IbClientConfig config(int port, int clientId) {
        return IbClientConfig.of("127.0.0.1", port, clientId).withConnectTimeoutMillis(CONNECT_TIMEOUT_MS);
    }

    private static Set<Thread> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("ib-client-"))
                .collect(Collectors.toSet());
    }

    /** Joins every client thread started since {@code before}, 5 s at most in all, and fails naming those left. */
    static void assertNoClientThreadsLeft(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (Thread t : clientThreads()) {
            if (!before.contains(t)) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        List<String> left = clientThreads().stream().filter(t -> t.isAlive() && !before.contains(t)).map(Thread::getName)
                .toList();
        if (!left.isEmpty()) {
            fail("client threads leaked: " + left);
        }
    }
}
