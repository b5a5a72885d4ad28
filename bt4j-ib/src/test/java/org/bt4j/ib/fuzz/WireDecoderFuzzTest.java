package org.bt4j.ib.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.bt4j.ib.wire.WireFormatException;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the shared TWS codec (org.bt4j.ib.wire) with seeded mutations of every message type in
 * both directions, at every server version we speak: a decoder either returns a message (which
 * then re-encodes without failing) or throws {@link WireFormatException} with one non-empty line —
 * never another exception, never a hang, never an allocation driven by a number in the input.
 * Frame reading is fuzzed with bad, negative, huge and lying length prefixes.
 */
class WireDecoderFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(FuzzBudget.SOAK ? 1800 : 60);

    @Test
    void corpusIsWellFormed() {
        for (ServerMessage m : Corpus.serverMessages()) {
            FieldReader r = new FieldReader(Corpus.encode(m));
            assertEquals(m.getClass(), ServerMessage.read(r, Wire.MAX_VERSION).getClass());
            assertFalse(r.hasMore(), "fields left over decoding " + m);
        }
        for (ClientMessage m : Corpus.clientMessages()) {
            FieldReader r = new FieldReader(Corpus.encode(m));
            assertEquals(m.getClass(), ClientMessage.read(r, Wire.MAX_VERSION).getClass());
            assertFalse(r.hasMore(), "fields left over decoding " + m);
        }
    }

    @Test
    void serverMessageDecoderOnlyEverRejectsWithAWireFormatException() {
        List<byte[]> seeds = Corpus.serverMessages().stream().map(Corpus::encode).toList();
        int n = FuzzBudget.cases(4000, 400_000);
        int rejected = assertTimeoutPreemptively(LIMIT, () -> fuzz(seeds, n, FuzzBudget.SEED, (p, v) -> {
            ServerMessage m = ServerMessage.read(new FieldReader(p), v);
            reencode(() -> m.write(new FieldWriter(), v));
        }));
        // the mutations must actually bite: most cases are refused, some still decode
        assertTrue(rejected > n / 4 && rejected < n, "rejected " + rejected + " of " + n);
    }

    @Test
    void clientMessageDecoderOnlyEverRejectsWithAWireFormatException() {
        List<byte[]> seeds = Corpus.clientMessages().stream().map(Corpus::encode).toList();
        int n = FuzzBudget.cases(4000, 400_000);
        int rejected = assertTimeoutPreemptively(LIMIT, () -> fuzz(seeds, n, FuzzBudget.SEED + 1, (p, v) -> {
            ClientMessage m = ClientMessage.read(new FieldReader(p), v);
            reencode(() -> m.write(new FieldWriter(), v));
        }));
        assertTrue(rejected > n / 4 && rejected < n, "rejected " + rejected + " of " + n);
    }

    @Test
    void frameReaderRefusesBadLengthsBeforeReadingAndNeverOverreads() {
        SplittableRandom rnd = new SplittableRandom(FuzzBudget.SEED + 2);
        int n = FuzzBudget.cases(3000, 300_000);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < n; i++) {
                int announced = switch (rnd.nextInt(6)) {
                    case 0 -> -1 - rnd.nextInt(Integer.MAX_VALUE);
                    case 1 -> Wire.MAX_FRAME_SIZE + 1 + rnd.nextInt(1 << 20);
                    case 2 -> Integer.MAX_VALUE;
                    case 3 -> Wire.MAX_FRAME_SIZE;
                    default -> rnd.nextInt(64);
                };
                byte[] body = new byte[rnd.nextInt(64)];
                rnd.nextBytes(body);
                int headerBytes = rnd.nextInt(8) == 0 ? rnd.nextInt(4) : 4;
                if (headerBytes < 4) {
                    body = new byte[0]; // the stream ends inside the length prefix
                }
                byte[] stream = new byte[headerBytes + body.length];
                for (int b = 0; b < headerBytes; b++) {
                    stream[b] = (byte) (announced >>> (24 - 8 * b));
                }
                System.arraycopy(body, 0, stream, headerBytes, body.length);
                String label = "case " + i + ": " + headerBytes + " header bytes announcing " + announced + ", "
                        + body.length + " bytes follow";
                try {
                    byte[] frame = Framing.readFrame(new ByteArrayInputStream(stream), Wire.MAX_FRAME_SIZE);
                    if (headerBytes == 0) {
                        assertNull(frame, label);
                    } else {
                        assertTrue(headerBytes == 4 && announced >= 0 && announced <= body.length, label);
                        assertEquals(announced, frame.length, label);
                    }
                } catch (WireFormatException | EOFException e) {
                    assertOneLine(e, label);
                    if (e instanceof WireFormatException) {
                        assertTrue(announced < 0 || announced > Wire.MAX_FRAME_SIZE, label + ": " + e.getMessage());
                    }
                } catch (IOException | RuntimeException e) {
                    fail(label + ": " + e, e);
                }
            }
        });
    }

    @Test
    void handshakeReadersRejectGarbageWithOneLine() {
        Mutator mut = new Mutator(FuzzBudget.SEED + 3);
        byte[] hello = "API\0\0\0\0\tv176..187".getBytes(StandardCharsets.ISO_8859_1);
        FieldWriter serverHello = new FieldWriter().putInt(187).putString("20240105 09:15:02 EST");
        int n = FuzzBudget.cases(3000, 300_000);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < n; i++) {
                byte[] client = mut.mutate(hello);
                expectCleanOutcome(() -> Framing.readClientHello(new ByteArrayInputStream(client)),
                        "client hello case " + i + " (" + mut.lastSteps() + ")");
                byte[] payload = mut.mutate(serverHello.toPayload());
                byte[] framed = new byte[payload.length + 4];
                framed[2] = (byte) (payload.length >>> 8);
                framed[3] = (byte) payload.length;
                System.arraycopy(payload, 0, framed, 4, payload.length);
                expectCleanOutcome(() -> Framing.readServerHello(new ByteArrayInputStream(framed), Wire.MAX_FRAME_SIZE),
                        "server hello case " + i + " (" + mut.lastSteps() + ")");
            }
        });
    }

    /**
     * Writes a decoded message back: it may refuse a value TWS cannot carry (NaN, an infinite
     * quantity) with a one-line {@link IllegalArgumentException}, and must not fail otherwise.
     */
    private static void reencode(Runnable write) {
        try {
            write.run();
        } catch (IllegalArgumentException e) {
            assertOneLine(e, "re-encoding");
        }
    }

    /** A decode step that may throw only the codec's own exceptions. */
    @FunctionalInterface
    private interface Decode {
        void run(byte[] payload, int version);
    }

    /** @return how many cases were rejected (cleanly) */
    private static int fuzz(List<byte[]> seeds, int n, long seed, Decode decode) {
        Mutator mut = new Mutator(seed);
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            byte[] base = seeds.get(mut.nextInt(seeds.size()));
            byte[] p = mut.mutate(base);
            int version = Wire.MIN_VERSION + mut.nextInt(Wire.MAX_VERSION - Wire.MIN_VERSION + 1);
            String label = "case " + i + " seed " + seed + " v" + version + " (" + mut.lastSteps() + "): "
                    + Framing.render(p, 0, Math.min(p.length, 160));
            try {
                decode.run(p, version);
            } catch (WireFormatException e) {
                assertOneLine(e, label);
                rejected++;
            } catch (Throwable e) {
                fail(label + " threw " + e, e);
            }
        }
        return rejected;
    }

    @FunctionalInterface
    private interface Io {
        Object run() throws IOException;
    }

    private static void expectCleanOutcome(Io io, String label) {
        try {
            io.run();
        } catch (WireFormatException | EOFException e) {
            assertOneLine(e, label);
        } catch (Throwable e) {
            fail(label + " threw " + e, e);
        }
    }

    static void assertOneLine(Throwable e, String label) {
        String m = e.getMessage();
        assertTrue(m != null && !m.isBlank() && m.indexOf('\n') < 0 && m.indexOf('\r') < 0,
                label + ": reason is not one line: " + m);
    }
}
