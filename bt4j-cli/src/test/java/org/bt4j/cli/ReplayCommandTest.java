package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bt4j replay: a recorded ibtest session against the simulated TWS (on the wall clock) — a dropped
 * connection and its reconnect included — re-run from its journal with no network prints exactly
 * the same lines.
 */
class ReplayCommandTest {

    private static CliRun run(String... args) {
        return CliRun.runCapturingSystem(args);
    }

    @Test
    void aReplayedSessionWithADisconnectionPrintsTheSameLines(@TempDir Path dir) {
        Path session = dir.resolve("s.log");
        CliRun live = run("ibtest", "--sim", "--record", session.toString(), "--data0", "TWTR-STK-SMART-USD",
                "--resample", "--timeframe", "Seconds", "--compression", "1", "--no-backfill_start", "--broker",
                "--trade", "--stopafter", "14", "--clientId", "23", "--sim-participation", "0.002",
                "--sim-fault", "6s:drop");
        assertEquals(0, live.code(), live.err());
        assertTrue(live.out().contains("<disconnected: "), "the session lost its connection:\n" + live.out());

        CliRun replay = run("replay", session.toString());
        assertEquals(0, replay.code(), replay.err());
        assertEquals(live.out(), replay.out(), "the same lines, byte for byte");
    }

    @Test
    void aVirtualClockSessionWithADisconnectionAndPartialFillsReplaysLineForLine(@TempDir Path dir) {
        Path session = dir.resolve("s.log");
        CliRun live = run("ibtest", "--sim", "--sim-virtual", "--record", session.toString(), "--data0",
                "TWTR-STK-SMART-USD", "--resample", "--timeframe", "Seconds", "--compression", "5", "--broker", "--trade",
                "--stopafter", "12", "--clientId", "24", "--sim-participation", "0.002", "--sim-fault", "30s:drop");
        assertEquals(0, live.code(), live.err());
        List<String> lines = live.out().lines().toList();
        assertTrue(lines.contains("***** STORE NOTIF: <disconnected: TWS closed the connection>"), live.out());
        assertTrue(lines.indexOf("***** DATA NOTIF: CONNBROKEN") < lines.lastIndexOf("***** DATA NOTIF: LIVE"),
                "live again after the reconnect:\n" + live.out());
        assertTrue(lines.contains("Status: Partial"), "the orders fill in parts:\n" + live.out());

        CliRun replay = run("replay", session.toString());
        assertEquals(0, replay.code(), replay.err());
        assertEquals(live.out(), replay.out(), "the same lines, byte for byte");
    }

    @Test
    void aFileThatIsNotASessionIsOneClearLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "hello\n");
        CliRun r = run("replay", bad.toString());
        assertEquals(2, r.code());
        assertEquals(List.of("bt4j: " + bad + ": not a bt4j session journal (recorded with --record)"), r.err().lines().toList());
    }
}
