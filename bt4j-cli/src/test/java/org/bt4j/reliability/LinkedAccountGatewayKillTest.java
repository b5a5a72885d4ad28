package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bt4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trading client's side of a gateway killed while it trades a linked account: a real
 * {@code bt4j gateway --linked-accounts DU7654321 --state FILE} child process is killed with SIGKILL
 * after it filled 1–3 times (seeded) the orders of a real {@code bt4j ibtest --broker --trade
 * --journal J --account DU7654321 --stopafter 20} child, and started again on the same port and file.
 * The trader reconnects, its cycle (buy 100, sell 50, sell 50) must end there and it must stop by
 * itself, flat, with no order left working; the next trader starts on the same journal. The oracle is
 * the gateway's own state file read with this test's SQL: each of its executions appears exactly once
 * as a {@code Fill:} line of a complete order notification in the traders' outputs, and nothing else;
 * every one is in DU7654321, whose position in the file is the notified fills' sum; the primary
 * account has no execution and its starting cash. A gateway that did not restore a linked account's
 * orders would leave the trader's order working in the file and unfilled. 2 gateway kills in every
 * build; 20 with {@code -Dbt4j.soak=true}. Linux only.
 */
class LinkedAccountGatewayKillTest {

    private static final String LINKED = "DU7654321";
    /** Live bars each trader runs after its last LIVE (a cycle takes about 10 of them). */
    private static final int STOP_AFTER = 20;
    private static final Pattern LISTENING = Pattern.compile("bt4j gateway listening on 127\\.0\\.0\\.1:([0-9]+) .*");

    @Test
    void everyExecutionOfALinkedAccountIsNotifiedOnceAcrossKillsOfTheGateway(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        int kills = Boolean.getBoolean("bt4j.soak") ? 20 : 2;
        SplittableRandom random = new SplittableRandom(Long.getLong("bt4j.kill.seed", 20));
        Path ini = Files.writeString(dir.resolve("killt.ini"), "[KILLT]\nsecType = STK\nconId = 990020\nprice = 50\n"
                + "tradingHours = ALWAYS\nliquidHours = ALWAYS\n");
        Path state = dir.resolve("gateway.db");
        Path journal = dir.resolve("orders.db");
        List<Path> outputs = new ArrayList<>();
        int workingAtKills = 0;
        ChildProcess gateway = gateway(dir, ini, state, 0, 0);
        try {
            Matcher port = LISTENING.matcher(gateway.await(l -> LISTENING.matcher(l).matches(), 60));
            assertTrue(port.matches());
            int p = Integer.parseInt(port.group(1));
            for (int life = 1; life <= kills; life++) {
                Path out = dir.resolve("trader-" + life + ".out");
                outputs.add(out);
                long before = count(state, "SELECT COUNT(*) FROM executions");
                ChildProcess trader = IbtestKillTest.ibtest(p, journal, out, dir.resolve("trader-" + life + ".err"), true,
                        "--account", LINKED, "--stopafter", Integer.toString(STOP_AFTER));
                try {
                    awaitExecutions(state, before + 1 + random.nextInt(3), gateway); // amid the trader's cycle
                    workingAtKills += working(state) > 0 ? 1 : 0;
                    gateway.kill();
                    gateway = gateway(dir, ini, state, p, life);
                    gateway.await(l -> LISTENING.matcher(l).matches(), 60);
                    assertEquals(0, trader.awaitExit(180), "trader " + life + " ends by itself after its cycle");
                } finally {
                    trader.kill();
                }
                assertEquals(0, working(state), "trader " + life + " left a working order");
                assertEquals(0, count(state, "SELECT COUNT(*) FROM positions WHERE qty <> 0"), "trader " + life
                        + " ended flat");
            }
        } finally {
            gateway.kill();
        }
        Map<String, Integer> executions = IbtestKillTest.gatewayExecutions(state);
        Map<String, Integer> notified = IbtestKillTest.notifiedFills(outputs);
        int count = executions.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("linked account gateway kill: %d kills of the gateway (%d with an order of %s working), %d"
                + " executions, %d fill notifications%n", kills, workingAtKills, LINKED, count,
                notified.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(count >= 3L * kills, "the traders traded: " + count + " executions");
        assertTrue(workingAtKills >= (kills + 1) / 2, workingAtKills + " of " + kills + " kills with a working order");
        assertEquals(executions, notified, () -> "in " + dir + ": each gateway execution (order id, signed shares,"
                + " price) once as a fill notification");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + state); Statement s = db.createStatement()) {
            assertEquals(List.of(LINKED), strings(s, "SELECT DISTINCT account FROM executions"), "executions' accounts");
            assertEquals(List.of("DU1234567 1000000.0", LINKED + " 1000000.0"), strings(s, "SELECT code || ' ' || "
                    + "starting_cash FROM accounts ORDER BY code"), "the accounts and their starting cash");
            assertEquals(List.of("1000000.0"), strings(s, "SELECT cash FROM accounts WHERE code = 'DU1234567'"),
                    "the primary account untouched");
            double notifiedPosition = 0;
            for (Map.Entry<String, Integer> e : notified.entrySet()) {
                notifiedPosition += Double.parseDouble(e.getKey().split(" ")[1]) * e.getValue();
            }
            List<String> held = strings(s, "SELECT qty FROM positions WHERE account = '" + LINKED + "' AND qty <> 0");
            assertEquals(notifiedPosition, held.isEmpty() ? 0 : Double.parseDouble(held.get(0)), 1e-9,
                    LINKED + "'s position in the file is the notified fills' sum");
        }
    }

    /** A {@code bt4j gateway} child on {@code port} (0: any) with the linked account, trading KILLT around the clock. */
    private static ChildProcess gateway(Path dir, Path ini, Path state, int port, int life) throws java.io.IOException {
        return ChildProcess.java(Main.class.getName(), List.of("gateway", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--admin-port", "-1", "--state", state.toString(), "--linked-accounts", LINKED,
                "--instruments", ini.toString(), "--24h", "--seed", "20", "--participation", "0.02", "--book-levels", "1"),
                dir.resolve("gateway-" + life + ".out"), dir.resolve("gateway-" + life + ".err"));
    }

    /** Waits (90 s at most) until the running gateway's file holds {@code executions} executions. */
    private static void awaitExecutions(Path state, long executions, ChildProcess gateway) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(state, "SELECT COUNT(*) FROM executions") < executions) {
            assertTrue(System.nanoTime() < deadline, "the gateway has not filled " + executions + " times in 90 s");
            gateway.pause();
        }
    }

    /** The gateway's orders of the trader's client id not done yet. */
    private static int working(Path state) throws SQLException {
        return (int) count(state, "SELECT COUNT(*) FROM orders WHERE client_id = " + IbtestKillTest.CLIENT
                + " AND status NOT IN ('Filled', 'Cancelled', 'Inactive')");
    }

    private static double filled(Path state) throws SQLException {
        return count(state, "SELECT COALESCE(SUM(shares), 0) FROM executions WHERE client_id = " + IbtestKillTest.CLIENT);
    }

    private static long count(Path state, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + state); Statement s = db.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
