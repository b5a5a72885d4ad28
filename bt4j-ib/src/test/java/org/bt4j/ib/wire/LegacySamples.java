package org.bt4j.ib.wire;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The server messages of {@link CodecSamples} as a legacy (pre-v100) session gets them: {@link #main}
 * prints, for every sample a legacy client knows, bt4j's payload at IbPy's client version
 * ({@link #VERSION}) and the sample's values as one JSON line. {@code src/test/python/gen_legacy_vectors.py}
 * feeds the payloads to IbPy's own decoder ({@code EReader}), which must consume exactly their bytes,
 * and keeps the vetted ones as {@code legacy-vectors/server.txt}; {@link LegacyVectorsTest} checks bt4j
 * still writes exactly those.
 *
 * <p>Threading: stateless.
 */
final class LegacySamples {

    /** IbPy 0.8's client version, the one backtrader's store connects with. */
    static final int VERSION = 62;

    private LegacySamples() {
    }

    /** Prints {@code {"name":…,"type":…,"payload":hex,"value":{…}}} per legacy server sample. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (CodecSamples.Sample s : CodecSamples.server()) {
            if (s.since() > ServerVersion.MIN_FRAMED || !((ServerMessage) s.message()).existsAt(VERSION)) {
                continue;
            }
            out.println("{\"name\":" + CodecSamples.json(s.name()) + ",\"type\":"
                    + CodecSamples.json(s.message().getClass().getSimpleName()) + ",\"payload\":\""
                    + HexFormat.of().formatHex(s.payload(VERSION)) + "\",\"value\":" + CodecSamples.json(s.message()) + "}");
        }
        out.flush();
    }
}
