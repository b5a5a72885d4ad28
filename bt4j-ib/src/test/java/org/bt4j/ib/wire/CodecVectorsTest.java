package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The differential codec vectors, checked without Python: every payload in
 * {@code codec-vectors/server.txt} was decoded by IB's official decoders (10.30 and 10.46) with no
 * missing or surplus field and the sample's values, every payload in {@code client.txt} is what
 * IB's official {@code EClient} sends for the same arguments; {@code gen_vectors.py} made them
 * from {@link CodecSamples}. bt4j must still write exactly these bytes at every version 100..187,
 * and read each of them back consuming every field (the legacy protocol: {@link LegacyVectorsTest}).
 * With {@code -Pinterop} the generator runs again against IB's clients in {@code $BT4J_PEERS} and
 * must reproduce the committed vectors.
 */
class CodecVectorsTest {

    @Test
    void everyServerMessageIsWhatIbsDecodersAcceptedAtEveryVersion() throws IOException {
        check("server.txt", CodecSamples.server(), true);
    }

    @Test
    void everyRequestIsByteForByteWhatIbsClientSendsAtEveryVersion() throws IOException {
        check("client.txt", CodecSamples.client(), false);
    }

    @Test
    void everyMessageTypeOfBothSidesHasASample() {
        checkEveryTypeSampled(ServerMessage.class, CodecSamples.server());
        checkEveryTypeSampled(ClientMessage.class, CodecSamples.client());
    }

    private static void checkEveryTypeSampled(Class<?> side, List<CodecSamples.Sample> samples) {
        java.util.Set<Class<?>> sampled = new java.util.HashSet<>();
        for (CodecSamples.Sample s : samples) {
            sampled.add(s.message().getClass());
        }
        for (Class<?> type : side.getPermittedSubclasses()) {
            if (!type.getSimpleName().equals("Unhandled")) {
                assertTrue(sampled.contains(type), side.getSimpleName() + "." + type.getSimpleName()
                        + " has no sample in CodecSamples: add one, map it in gen_vectors.py and regenerate");
            }
        }
    }

    @Test
    void completedAndOpenOrdersCarryThePegAndCustomerFieldsAt187() throws IOException {
        Map<String, byte[]> at187 = new HashMap<>();
        for (Vector vec : vectors("server.txt")) {
            if (vec.to == ServerVersion.MAX) {
                at187.put(vec.name, vec.payload);
            }
        }
        // ... completedStatus | 5 PEG BEST/MID fields | customerAccount | professionalCustomer
        assertTrue(Framing.render(at187.get("completedOrder/mkt"), 0, at187.get("completedOrder/mkt").length)
                .endsWith("|Filled Size: 100|2147483647|2147483647|1.7976931348623157E308|1.7976931348623157E308"
                        + "|1.7976931348623157E308||0|"));
        String open = Framing.render(at187.get("openOrder/mkt"), 0, at187.get("openOrder/mkt").length);
        assertTrue(open.endsWith("|1.7976931348623157E308||0||"), "… peg fields, customerAccount, "
                + "professionalCustomer, bondAccruedInterest: " + open);
    }

    @Test
    void theGeneratorStillAgreesWithIbsOfficialClients() throws IOException, InterruptedException {
        assumeTrue(Boolean.getBoolean("bt4j.interop"), "interop suite: run with -Pinterop");
        Path module = Path.of("").toAbsolutePath();
        String env = System.getenv("BT4J_PEERS");
        Path peers = env != null ? Path.of(env) : module.getParent().resolve("../shared/peers").normalize();
        assumeTrue(Files.isDirectory(peers.resolve("ibapi-10.30")) && Files.isDirectory(peers.resolve("ibapi-10.46")),
                "IB's official Python clients not found in " + peers + " (set BT4J_PEERS): codec interop skipped");
        ProcessBuilder pb = new ProcessBuilder("python3", "src/test/python/gen_vectors.py", "--check")
                .directory(module.toFile()).redirectErrorStream(true);
        pb.environment().put("BT4J_PEERS", peers.toString());
        pb.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not found: codec interop skipped (" + e.getMessage() + ")");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "gen_vectors.py --check:\n" + out);
    }

    private static void check(String file, List<CodecSamples.Sample> samples, boolean server) throws IOException {
        Map<String, CodecSamples.Sample> byName = new LinkedHashMap<>();
        for (CodecSamples.Sample s : samples) {
            byName.put(s.name(), s);
        }
        Map<String, Integer> covered = new HashMap<>();
        int checked = 0;
        for (Vector vec : vectors(file)) {
            CodecSamples.Sample s = byName.get(vec.name);
            assertNotNull(s, file + ": no sample " + vec.name + " (regenerate the vectors)");
            for (int v = vec.from; v <= vec.to; v++) {
                byte[] mine = s.payload(v);
                assertEquals(show(vec.payload), show(mine), vec.name + " at server version " + v);
                readBack(s, mine, v, server);
                covered.merge(vec.name, 1, Integer::sum);
                checked++;
            }
        }
        for (CodecSamples.Sample s : samples) {
            int versions = ServerVersion.MAX - Math.max(s.since(), ServerVersion.MIN_FRAMED) + 1;
            assertEquals(versions, covered.getOrDefault(s.name(), 0),
                    file + ": versions of " + s.name() + " not vetted (regenerate the vectors with gen_vectors.py)");
        }
        assertTrue(checked > 1000, "vectors checked: " + checked);
    }

    /** bt4j's own reader takes the vetted bytes field for field and writes them again identically. */
    private static void readBack(CodecSamples.Sample s, byte[] payload, int v, boolean server) {
        FieldReader r = new FieldReader(payload);
        FieldWriter again = new FieldWriter();
        if (server) {
            ServerMessage m = ServerMessage.read(r, v);
            assertFalse(m instanceof ServerMessage.Unhandled, s.name());
            m.write(again, v);
        } else {
            ClientMessage m = ClientMessage.read(r, v);
            assertFalse(m instanceof ClientMessage.Unhandled, s.name());
            m.write(again, v);
        }
        assertFalse(r.hasMore(), s.name() + " at " + v + ": bt4j's reader left fields over");
        assertEquals(show(payload), show(again.toPayload()), s.name() + " at " + v + ": read and written again");
    }

    private record Vector(int from, int to, String name, byte[] payload) {
    }

    private static List<Vector> vectors(String file) throws IOException {
        List<Vector> out = new ArrayList<>();
        try (InputStream in = CodecVectorsTest.class.getResourceAsStream("/codec-vectors/" + file)) {
            assertNotNull(in, "missing test resource codec-vectors/" + file);
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                String[] range = parts[0].split("-");
                out.add(new Vector(Integer.parseInt(range[0]), Integer.parseInt(range[1]), parts[1],
                        parse(parts[2])));
            }
        }
        return out;
    }

    /** The vector notation: {@code |} is a NUL, {@code \xNN} a byte, anything else itself. */
    private static byte[] parse(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|') {
                b.write(0);
            } else if (c == '\\') {
                b.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                b.write(c);
            }
        }
        return b.toByteArray();
    }

    private static String show(byte[] payload) {
        return Framing.render(payload, 0, payload.length);
    }
}
