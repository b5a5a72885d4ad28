package org.bt4j.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the peer clients are: {@code $BT4J_PEERS}, else {@code ../shared/peers} beside the
 * repository root (a relative {@code BT4J_PEERS} is taken from the repository root too). When the
 * folder is absent, every session that needs it is skipped, and the build log says so once.
 * Thread-safe (immutable; the notice is printed under the class lock).
 */
final class Peers {

    private static boolean noticePrinted;

    /** The repository root, as the pom passes it ({@code bt4j.root}), else the working directory's parent. */
    static Path root() {
        String r = System.getProperty("bt4j.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** The peers folder this run would use (it may not exist). */
    static Path folder() {
        String env = System.getenv("BT4J_PEERS");
        Path p = env == null || env.isBlank() ? Path.of("..", "shared", "peers") : Path.of(env);
        return root().resolve(p).normalize();
    }

    /** The peers folder; skips the calling test (with one notice per run) when it is absent. */
    static Path require() {
        Path p = folder();
        boolean present = Files.isDirectory(p);
        synchronized (Peers.class) {
            if (!present && !noticePrinted) {
                noticePrinted = true;
                System.out.println("[interop] no peer clients at " + p + " (set BT4J_PEERS to their folder): "
                        + "the Python client sessions are skipped");
            }
        }
        assumeTrue(present, () -> "no peer clients at " + p + " (BT4J_PEERS)");
        return p;
    }

    private Peers() {
    }
}
