package org.bt4j.interop;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code @stoqey/ib} 1.6.10 from npm (MIT; a TypeScript port of IB's API offering server versions up
 * to 193, with its own decoder that reports surplus and missing fields) runs a full session against
 * the gateway: the steps of {@link PythonSessionsTest}, see {@code src/test/node/stoqey_session.js}. On in every {@code mvn verify}: the pom's
 * {@code stoqey} profile installs the package with {@code npm ci} from the checked-in lock file;
 * skipped with one message when that did not happen ({@code -Dbt4j.skipStoqey}, no npm).
 */
class StoqeySessionTest {

    @Test
    void fullSession() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("bt4j.stoqey.dir", "target/stoqey"));
        boolean installed = Files.isDirectory(dir.resolve("node_modules/@stoqey/ib"));
        if (!installed) {
            System.out.println("[interop] @stoqey/ib is not installed in " + dir + " (npm missing or -Dbt4j.skipStoqey): its session is skipped");
        }
        assumeTrue(installed, "@stoqey/ib not installed");
        try (PeerGateway gw = new PeerGateway()) {
            Path log = PythonPeer.work().resolve("stoqey.log");
            Process p = new ProcessBuilder("node", "stoqey_session.js", String.valueOf(gw.port()))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(PythonPeer.SESSION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor();
                fail("@stoqey/ib: session still running after " + PythonPeer.SESSION_TIMEOUT_SECONDS + " s (log " + log + ")");
            }
            SessionReport report = SessionReport.parse(Files.readString(log, StandardCharsets.UTF_8));
            String verdict = report.verdict(p.exitValue());
            if (verdict != null) {
                fail("@stoqey/ib: " + verdict + " (log " + log + ")");
            }
            System.out.println("[interop] @stoqey/ib: " + report.summaryLine());
        }
    }
}
