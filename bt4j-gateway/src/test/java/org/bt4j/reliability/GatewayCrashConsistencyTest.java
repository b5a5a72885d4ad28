package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.account.StateStore;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.CommissionModel;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the gateway's state file, sampled: a real gateway process
 * ({@link GatewayStateChild}) trades as fast as it can while this test freezes it (SIGSTOP, every
 * thread stopped), copies the state file and its WAL as a crash would leave them, and lets it go on
 * (SIGCONT). Each copy must keep the account's invariants, checked here with plain SQL (each order's
 * filled quantity is the sum of its executions, the position and the cash are the executions'), and a
 * gateway must restart on it (its recovery every time, a whole gateway every 50th copy). 300 samples
 * (2 processes) in every build; 10,050 (67 processes) with {@code -Dbt4j.soak=true}.
 * Linux only (signals, /proc).
 */
class GatewayCrashConsistencyTest {

    private static final double START_CASH = 1_000_000;

    /** Samples per gateway process; each round starts a new process on a new file, so that copies stay small. */
    private static final int ROUND = 150;

    @Test
    void everyFrozenCopyKeepsTheInvariantsAndRestarts(@TempDir Path dir) throws Exception {
        int rounds = Boolean.getBoolean("bt4j.soak") ? 67 : 2;
        List<String> broken = new ArrayList<>();
        long[] counts = new long[2]; // executions in the last copies, copies with a WAL
        for (int round = 0; round < rounds; round++) {
            Path roundDir = Files.createDirectory(dir.resolve("round" + round));
            long executions = round(roundDir, round, broken, counts);
            counts[0] += executions;
            System.out.printf("crash consistency: round %d of %d: %d copies so far, %d broken (%d executions in the last)%n",
                    round + 1, rounds, (round + 1L) * ROUND, broken.size(), executions);
        }
        int samples = rounds * ROUND;
        System.out.printf("crash consistency: %d frozen copies of %d gateway processes (%d with a WAL), %d executions"
                + " in the last copies, %d broken%n", samples, rounds, counts[1], counts[0], broken.size());
        assertTrue(counts[0] > 100L * rounds, "the children traded: " + counts[0] + " executions");
        assertEquals(List.of(), broken.subList(0, Math.min(10, broken.size())), broken.size() + " of " + samples
                + " copies break an invariant or do not restart");
    }

    /** One gateway process sampled {@link #ROUND} times; returns the executions in its last copy. */
    private static long round(Path dir, int round, List<String> broken, long[] counts) throws Exception {
        Path state = dir.resolve("state.db");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", cp, GatewayStateChild.class.getName(), state.toString())
                .redirectError(dir.resolve("child.err").toFile()).start();
        AtomicLong step = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("STEP ")) {
                        step.set(Long.parseLong(line.substring(5)));
                        synchronized (step) {
                            step.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "crash-test-reader");
        reader.setDaemon(true);
        reader.start();
        long executions = 0;
        try {
            awaitStep(step, 20, child, dir);
            long seen = step.get();
            for (int i = 0; i < ROUND; i++) {
                awaitStep(step, seen + 1, child, dir); // the child has moved on since the last sample
                seen = step.get();
                Path copy = dir.resolve("copy.db");
                Path copyWal = dir.resolve("copy.db-wal");
                Files.deleteIfExists(copyWal);
                signal(child, "STOP");
                try {
                    awaitStopped(child.pid());
                    Files.copy(state, copy, StandardCopyOption.REPLACE_EXISTING);
                    Path wal = dir.resolve("state.db-wal");
                    if (Files.exists(wal)) {
                        Files.copy(wal, copyWal, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    signal(child, "CONT");
                }
                counts[1] += Files.exists(copyWal) && Files.size(copyWal) > 0 ? 1 : 0;
                try {
                    executions = invariants(copy);
                    restart(copy, i % 50 == 49);
                } catch (AssertionError | RuntimeException e) {
                    broken.add("round " + round + " sample " + i + " (child step " + seen + "): " + e.getMessage());
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        return executions;
    }

    /** Checks the invariants with plain SQL; returns the number of executions. */
    private static long invariants(Path copy) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT o.perm_id, o.filled, o.qty, COALESCE(x.shares, 0) FROM orders o"
                    + " LEFT JOIN (SELECT perm_id, SUM(shares) AS shares FROM executions GROUP BY perm_id) x"
                    + " ON x.perm_id = o.perm_id")) {
                while (r.next()) {
                    if (Math.abs(r.getDouble(2) - r.getDouble(4)) > 1e-9 || r.getDouble(2) > r.getDouble(3) + 1e-9) {
                        fail("order " + r.getLong(1) + ": filled " + r.getDouble(2) + " of " + r.getDouble(3)
                                + ", executions " + r.getDouble(4));
                    }
                }
            }
            double bought = 0;
            double spent = 0;
            long n = 0;
            try (ResultSet r = s.executeQuery("SELECT side, shares, price, commission, perm_id FROM executions")) {
                while (r.next()) {
                    double signed = r.getString(1).equals("BOT") ? r.getDouble(2) : -r.getDouble(2);
                    bought += signed;
                    spent += signed * r.getDouble(3) + r.getDouble(4);
                    n++;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM executions e LEFT JOIN orders o ON o.perm_id = e.perm_id"
                    + " WHERE o.perm_id IS NULL")) {
                r.next();
                assertEquals(0, r.getInt(1), "executions without their order");
            }
            double position = 0;
            try (ResultSet r = s.executeQuery("SELECT SUM(qty) FROM positions")) {
                position = r.next() ? r.getDouble(1) : 0;
            }
            assertEquals(bought, position, 1e-9, "the position is the executions'");
            double cash;
            try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'cash'")) {
                cash = r.next() ? Double.parseDouble(r.getString(1)) : START_CASH;
            }
            assertEquals(START_CASH - spent, cash, 1e-6, "the cash is the executions'");
            return n;
        }
    }

    /** The gateway's own recovery on the copy; every hundredth sample also starts a whole gateway on it. */
    private static void restart(Path copy, boolean wholeGateway) {
        InstrumentUniverse universe = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 8));
        try (StateStore store = StateStore.open(copy, START_CASH, "crash test")) {
            MatchingEngine m = new MatchingEngine(new Account("DU1", "USD", START_CASH), CommissionModel.ibFixed(),
                    new MatchingEngine.Listener() {
                        @Override public void orderUpdated(SimOrder o) { }
                        @Override public void filled(SimOrder o, Fill f) { }
                        @Override public void cancelled(SimOrder o, boolean expired, String r) { }
                        @Override public void orderError(int c, int o, int code, String t) { }
                    }, ZoneId.of("US/Eastern"), true, 1.0, 1, false, 1);
            store.load(m, universe);
        }
        if (wholeGateway) {
            try (Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).statePath(copy)
                    .clock(SimulatedClock.at("2024-01-08T16:00:00Z")).startingCash(START_CASH).build())) {
                gw.sync();
            }
        }
    }

    private static void awaitStep(AtomicLong step, long atLeast, Process child, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (step) {
            while (step.get() < atLeast) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    fail("the gateway child did not reach step " + atLeast + ": " + Files.readString(dir.resolve("child.err")));
                }
                step.wait(100);
            }
        }
    }

    private static void signal(Process p, String sig) throws Exception {
        Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).start();
        assertEquals(0, k.waitFor(), "kill -" + sig);
    }

    /** Waits until every thread of {@code pid} is stopped (state T in /proc). */
    private static void awaitStopped(long pid) throws Exception {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            boolean all = true;
            try (Stream<Path> ts = Files.list(tasks)) {
                for (Path t : (Iterable<Path>) ts::iterator) {
                    String stat;
                    try {
                        stat = Files.readString(t.resolve("stat"));
                    } catch (IOException gone) {
                        continue; // a thread that ended
                    }
                    char st = stat.charAt(stat.lastIndexOf(')') + 2);
                    if (st != 'T' && st != 't') {
                        all = false;
                        break;
                    }
                }
            }
            if (all) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "process " + pid + " did not stop");
            Thread.onSpinWait();
        }
    }
}
