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
import java.util.ArrayList;
import java.util.List;
import org.bt4j.ib.journal.OrderSpec;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the order journal, sampled: a real broker process ({@link JournalStateChild}:
 * an {@code IbBroker} with a {@code SqliteOrderJournal} trading through a gateway) is frozen
 * (SIGSTOP), its journal and WAL are copied as a crash would leave them, and it goes on (SIGCONT).
 * Each copy must keep the journal's invariants, checked here with plain SQL: each order's filled
 * quantity is the sum of its executions and at most its size, no execution without its order, the
 * receiving sequence has no repeat, the delivered executions come before every undelivered one
 * (one strategy takes them in order), and at least as many are delivered as the child had reported
 * before it was frozen (nothing acknowledged is lost); and the journal itself must open the copy
 * and list exactly the undelivered ones. 300 samples (2 processes) in every build; 10,050 (67
 * processes) with {@code -Dbt4j.soak=true}. Linux only (signals, /proc).
 */
class JournalCrashConsistencyTest {

    /** Samples per broker process; each round starts a new process on a new journal. */
    private static final int ROUND = 150;

    @Test
    void everyFrozenCopyOfTheJournalKeepsItsInvariants(@TempDir Path dir) throws Exception {
        int rounds = Boolean.getBoolean("bt4j.soak") ? 67 : 2;
        List<String> broken = new ArrayList<>();
        long[] counts = new long[3]; // executions in the last copies, copies with a WAL, copies with undelivered fills
        for (int round = 0; round < rounds; round++) {
            Path roundDir = Files.createDirectory(dir.resolve("round" + round));
            counts[0] += round(roundDir, round, broken, counts);
            System.out.printf("journal crash consistency: round %d of %d: %d copies so far, %d broken%n",
                    round + 1, rounds, (round + 1L) * ROUND, broken.size());
        }
        int samples = rounds * ROUND;
        System.out.printf("journal crash consistency: %d frozen copies of %d broker processes (%d with a WAL, %d with"
                + " received-but-undelivered fills), %d executions in the last copies, %d broken%n",
                samples, rounds, counts[1], counts[2], counts[0], broken.size());
        assertTrue(counts[0] > 20L * rounds, "the children traded: " + counts[0] + " executions");
        assertTrue(counts[2] > samples / 10, "copies with undelivered fills: " + counts[2]);
        assertEquals(List.of(), broken.subList(0, Math.min(10, broken.size())), broken.size() + " of " + samples
                + " copies break an invariant or do not open");
    }

    /** One broker process sampled {@link #ROUND} times; returns the executions in its last copy. */
    private static long round(Path dir, int round, List<String> broken, long[] counts) throws Exception {
        Path journal = dir.resolve("orders.db");
        long[] executions = new long[1];
        try (FrozenChild child = FrozenChild.start(dir.resolve("child.err"), JournalStateChild.class, journal.toString())) {
            counts[1] += child.sample(journal, dir.resolve("copy.db"), ROUND, 8, "round " + round, (copy, line, i) -> {
                long[] n = invariants(copy, Long.parseLong(line.split(" ")[2]));
                executions[0] = n[0];
                counts[2] += n[1] > 0 ? 1 : 0;
                reopen(copy, n[1]);
            }, broken);
        }
        return executions[0];
    }

    /** Checks the invariants with plain SQL; returns the executions and the undelivered ones. */
    private static long[] invariants(Path copy, long acknowledged) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT o.key, o.filled, o.spec, COALESCE(x.shares, 0) FROM orders o"
                    + " LEFT JOIN (SELECT order_key, SUM(shares) AS shares FROM executions GROUP BY order_key) x"
                    + " ON x.order_key = o.key")) {
                while (r.next()) {
                    double size = OrderSpec.parse(r.getString(3)).size();
                    if (Math.abs(r.getDouble(2) - r.getDouble(4)) > 1e-9 || r.getDouble(2) > size + 1e-9) {
                        fail("order key " + r.getLong(1) + ": filled " + r.getDouble(2) + " of " + size
                                + ", executions " + r.getDouble(4));
                    }
                }
            }
            assertEquals(0, count(s, "SELECT COUNT(*) FROM executions e LEFT JOIN orders o ON o.key = e.order_key"
                    + " WHERE o.key IS NULL"), "executions without their order");
            long all = count(s, "SELECT COUNT(*) FROM executions");
            assertEquals(all, count(s, "SELECT COUNT(DISTINCT seq) FROM executions"), "a receiving sequence number twice");
            assertEquals(0, count(s, "SELECT COUNT(*) FROM executions d WHERE d.delivered = 1 AND d.seq >"
                    + " (SELECT MIN(seq) FROM executions WHERE delivered = 0)"), "a fill delivered after an undelivered one");
            long delivered = count(s, "SELECT COUNT(*) FROM executions WHERE delivered = 1");
            assertTrue(delivered >= acknowledged, "the child had delivered " + acknowledged + " fills, the copy has "
                    + delivered);
            return new long[] {all, all - delivered};
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The journal's own opening of the copy lists exactly the undelivered fills. */
    private static void reopen(Path copy, long undelivered) {
        try (SqliteOrderJournal j = SqliteOrderJournal.open(copy)) {
            assertEquals(undelivered, j.undelivered().size(), "the journal's undelivered fills");
        }
    }
}
