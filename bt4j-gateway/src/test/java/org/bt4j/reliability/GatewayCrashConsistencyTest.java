package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * ({@link GatewayStateChild}, its fills going to three managed accounts) trades as fast as it can
 * while this test freezes it (SIGSTOP, every thread stopped), copies the state file and its WAL as a crash would leave them, and lets it go on
 * (SIGCONT). Each copy must keep the account's invariants, checked here with plain SQL (each order's
 * filled quantity is the sum of its executions, each execution is of its order's account, every managed
 * account has its row and, per account, the position and the cash are that account's executions', no
 * OCA peer of a filled type-1 order still working, no child of a filled bracket parent still held, and per
 * account at least the executions the child's client had received before the freeze), and a
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
        long[] counts = new long[3]; // executions in the last copies, copies with a WAL, most accounts with executions
        for (int round = 0; round < rounds; round++) {
            Path roundDir = Files.createDirectory(dir.resolve("round" + round));
            long executions = round(roundDir, round, broken, counts);
            counts[0] += executions;
            System.out.printf("crash consistency: round %d of %d: %d copies so far, %d broken (%d executions in the last)%n",
                    round + 1, rounds, (round + 1L) * ROUND, broken.size(), executions);
        }
        int samples = rounds * ROUND;
        System.out.printf("crash consistency: %d frozen copies of %d gateway processes (%d with a WAL), %d executions"
                + " in the last copies, in up to %d accounts, %d broken%n", samples, rounds, counts[1], counts[0], counts[2],
                broken.size());
        assertTrue(counts[0] > 100L * rounds, "the children traded: " + counts[0] + " executions");
        assertEquals(GatewayStateChild.ACCOUNTS.size(), counts[2], "every account has fills in some copy");
        assertEquals(List.of(), broken.subList(0, Math.min(10, broken.size())), broken.size() + " of " + samples
                + " copies break an invariant or do not restart");
    }

    /** One gateway process sampled {@link #ROUND} times; returns the executions in its last copy. */
    private static long round(Path dir, int round, List<String> broken, long[] counts) throws Exception {
        Path state = dir.resolve("state.db");
        long[] executions = new long[1];
        try (FrozenChild child = FrozenChild.start(dir.resolve("child.err"), GatewayStateChild.class, state.toString())) {
            counts[1] += child.sample(state, dir.resolve("copy.db"), ROUND, 20, "round " + round, (copy, line, i) -> {
                executions[0] = invariants(copy, counts);
                acknowledgedAreThere(copy, line);
                restart(copy, i % 50 == 49);
            }, broken);
        }
        return executions[0];
    }

    /** Checks the invariants with plain SQL; returns the number of executions. */
    static long invariants(Path copy, long[] counts) throws SQLException {
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
            try (ResultSet r = s.executeQuery("SELECT a.order_id, b.order_id, b.status FROM orders a JOIN orders b"
                    + " ON b.client_id = a.client_id AND b.oca_group = a.oca_group AND b.perm_id <> a.perm_id"
                    + " WHERE a.oca_group <> '' AND a.oca_type = 1 AND a.filled > 0"
                    + " AND b.status IN ('PreSubmitted', 'Submitted')")) {
                if (r.next()) {
                    fail("order " + r.getInt(1) + " has filled but its OCA peer " + r.getInt(2) + " is still " + r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT p.order_id, c.order_id FROM orders c JOIN orders p"
                    + " ON p.client_id = c.client_id AND p.order_id = c.parent_id"
                    + " WHERE c.parent_id <> 0 AND p.status = 'Filled' AND c.status = 'PreSubmitted'")) {
                if (r.next()) {
                    fail("bracket parent " + r.getInt(1) + " has filled but its child " + r.getInt(2) + " is still held");
                }
            }
            Map<String, double[]> executed = new TreeMap<>(); // per account: {signed shares, cash spent}
            long n = 0;
            try (ResultSet r = s.executeQuery("SELECT side, shares, price, commission, account FROM executions")) {
                while (r.next()) {
                    double signed = r.getString(1).equals("BOT") ? r.getDouble(2) : -r.getDouble(2);
                    double[] a = executed.computeIfAbsent(r.getString(5), k -> new double[2]);
                    a[0] += signed;
                    a[1] += signed * r.getDouble(3) + r.getDouble(4);
                    n++;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM executions e LEFT JOIN orders o ON o.perm_id = e.perm_id"
                    + " WHERE o.perm_id IS NULL OR o.account <> e.account")) {
                r.next();
                assertEquals(0, r.getInt(1), "executions without their order, or of another account than their order's");
            }
            Map<String, Double> positions = new TreeMap<>();
            try (ResultSet r = s.executeQuery("SELECT account, SUM(qty) FROM positions GROUP BY account")) {
                while (r.next()) {
                    positions.put(r.getString(1), r.getDouble(2));
                }
            }
            Map<String, Double> cash = new TreeMap<>();
            try (ResultSet r = s.executeQuery("SELECT code, cash FROM accounts")) {
                while (r.next()) {
                    cash.put(r.getString(1), r.getDouble(2));
                }
            }
            assertEquals(GatewayStateChild.ACCOUNTS.stream().sorted().toList(), List.copyOf(cash.keySet()),
                    "one row per managed account");
            for (String account : cash.keySet()) {
                double[] a = executed.getOrDefault(account, new double[2]);
                assertEquals(a[0], positions.getOrDefault(account, 0.0), 1e-9, account + ": the position is the executions'");
                assertEquals(START_CASH - a[1], cash.get(account), 1e-6, account + ": the cash is the executions'");
            }
            counts[2] = Math.max(counts[2], executed.size());
            return n;
        }
    }

    /**
     * Every execution the child's client had received before its last STEP line (printed before the
     * freeze) is in the copy: per account, the copy holds at least as many executions as that line says.
     */
    private static void acknowledgedAreThere(Path copy, String stepLine) throws SQLException {
        String[] f = stepLine.split(" ");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
             java.sql.PreparedStatement p = db.prepareStatement("SELECT COUNT(*) FROM executions WHERE account = ?")) {
            for (int a = 0; a < GatewayStateChild.ACCOUNTS.size(); a++) {
                p.setString(1, GatewayStateChild.ACCOUNTS.get(a));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    long told = Long.parseLong(f[2 + a]);
                    assertTrue(r.getLong(1) >= told, GatewayStateChild.ACCOUNTS.get(a) + ": the client had received "
                            + told + " executions, the copy holds " + r.getLong(1));
                }
            }
        }
    }

    /** The gateway's own recovery on the copy; every hundredth sample also starts a whole gateway on it. */
    private static void restart(Path copy, boolean wholeGateway) {
        InstrumentUniverse universe = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 8));
        List<String> accounts = GatewayStateChild.ACCOUNTS;
        try (StateStore store = StateStore.open(copy, START_CASH, "crash test")) {
            MatchingEngine m = new MatchingEngine(new Account(accounts.get(0), "USD", START_CASH), CommissionModel.ibFixed(),
                    new MatchingEngine.Listener() {
                        @Override public void orderUpdated(SimOrder o) { }
                        @Override public void filled(SimOrder o, Fill f) { }
                        @Override public void cancelled(SimOrder o, boolean expired, String r) { }
                        @Override public void orderError(int c, int o, int code, String t) { }
                    }, ZoneId.of("US/Eastern"), true, 1.0, 1, false, 1);
            for (String linked : accounts.subList(1, accounts.size())) {
                m.link(new Account(linked, "USD", START_CASH));
            }
            store.load(m, universe);
        }
        if (wholeGateway) {
            try (Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).statePath(copy)
                    .clock(SimulatedClock.at("2024-01-08T16:00:00Z")).startingCash(START_CASH)
                    .linkedAccount(accounts.get(1)).linkedAccount(accounts.get(2)).build())) {
                gw.sync();
            }
        }
    }
}
