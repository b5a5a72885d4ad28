package org.bt4j.ib.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOrderJournalTest {

    @TempDir
    Path dir;

    private static final OrderSpec BUY_100 = OrderSpec.of("AAPL-STK-SMART", "BUY", 100, "Limit", 180.25);

    private static JournalExecution exec(String id, long key, double shares) {
        return new JournalExecution(id, key, 7, shares, 180.25, 1_704_465_062_000_000_000L, Double.NaN);
    }

    @Test
    void recordsAnOrdersLifeAndFindsItByEveryId() {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("j.db"), () -> 42L)) {
            long key = j.orderSubmitted(5, BUY_100);
            JournalOrder o = j.order(key).orElseThrow();
            assertEquals(new JournalOrder(key, 5, BUY_100, 0, 0, 0, "PendingSubmit", 0, 42L), o);
            j.ibOrderId(key, 3, 7);
            j.permId(key, 123456789L);
            j.status(key, "Submitted");
            assertEquals(key, j.byIbOrderId(3, 7).orElseThrow().key());
            assertEquals(key, j.byPermId(123456789L).orElseThrow().key());
            assertTrue(j.byIbOrderId(4, 7).isEmpty(), "order ids are per client id");
            assertTrue(j.byPermId(0).isEmpty());
            assertEquals(List.of(key), j.workingOrders().stream().map(JournalOrder::key).toList());
            assertEquals(5, j.maxRef());
            j.status(key, "Cancelled");
            assertEquals(List.of(), j.workingOrders());
        }
    }

    @Test
    void anExecutionIsReceivedOnceAndAddsItsSharesOnce() {
        try (OrderJournal j = SqliteOrderJournal.inMemory()) {
            long key = j.orderSubmitted(1, BUY_100);
            j.ibOrderId(key, 3, 7);
            assertFalse(j.hasDelivered("e1"));
            assertTrue(j.executionReceived(exec("e1", key, 40)));
            assertFalse(j.executionReceived(exec("e1", key, 40)), "the same execId again");
            assertTrue(j.executionReceived(exec("e2", key, 60)));
            assertFalse(j.hasDelivered("e1"), "received, not yet notified");
            JournalOrder o = j.order(key).orElseThrow();
            assertEquals(100, o.filled());
            assertEquals(0, o.remaining());
            assertEquals(List.of("e1", "e2"), j.executions(key).stream().map(JournalExecution::execId).toList());
        }
    }

    @Test
    void anExecutionIsDeliveredOnlyWhenSaidSoAndTheRestAreListedOldestFirst() {
        try (OrderJournal j = SqliteOrderJournal.inMemory()) {
            long a = j.orderSubmitted(1, BUY_100);
            long b = j.orderSubmitted(2, BUY_100);
            j.executionReceived(exec("e1", a, 10));
            j.executionReceived(exec("e2", b, 10));
            j.executionReceived(exec("e3", a, 10));
            assertEquals(List.of("e1", "e2", "e3"), j.undelivered().stream().map(JournalExecution::execId).toList());
            j.delivered(List.of("e1", "e2"));
            j.delivered(List.of("nope"));
            assertTrue(j.hasDelivered("e1") && j.hasDelivered("e2"));
            assertFalse(j.hasDelivered("e3"));
            assertEquals(List.of("e3"), j.undelivered().stream().map(JournalExecution::execId).toList());
            assertFalse(j.executionReceived(exec("e1", a, 10)), "a delivered one is still known");
        }
    }

    @Test
    void commissionsArriveAfterTheirExecution() {
        try (OrderJournal j = SqliteOrderJournal.inMemory()) {
            long key = j.orderSubmitted(1, BUY_100);
            j.executionReceived(exec("e1", key, 40));
            assertTrue(Double.isNaN(j.executions(key).get(0).commission()));
            j.commission("e1", 1.0);
            assertEquals(1.0, j.executions(key).get(0).commission());
        }
    }

    @Test
    void aFillDeliveredWithAnEstimateKeepsItWhenItsReportComes() {
        try (OrderJournal j = SqliteOrderJournal.inMemory()) {
            long key = j.orderSubmitted(1, BUY_100);
            j.executionReceived(new JournalExecution("e1", key, 7, 40, 180.25, 0L, Double.NaN, 0.2));
            JournalExecution x = j.execution("e1").orElseThrow();
            assertTrue(x.estimated() && Double.isNaN(x.commission()));
            j.commission("e1", 1.0);
            assertEquals(new JournalExecution("e1", key, 7, 40, 180.25, 0L, 1.0, 0.2), j.execution("e1").orElseThrow());
            assertEquals(List.of(j.execution("e1").orElseThrow()), j.executions(key));
            assertTrue(j.execution("nope").isEmpty());
        }
    }

    @Test
    void aJournalFromBeforeEstimatesOpensAndReadsItsFillsAsReported() throws Exception {
        Path file = dir.resolve("old.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (key INTEGER PRIMARY KEY AUTOINCREMENT, ref INTEGER NOT NULL,"
                    + " spec TEXT NOT NULL, client_id INTEGER NOT NULL DEFAULT 0, ib_order_id INTEGER NOT NULL DEFAULT 0,"
                    + " perm_id INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, filled REAL NOT NULL DEFAULT 0,"
                    + " updated INTEGER NOT NULL)");
            s.execute("CREATE TABLE executions (exec_id TEXT PRIMARY KEY, order_key INTEGER NOT NULL"
                    + " REFERENCES orders(key), ib_order_id INTEGER NOT NULL, shares REAL NOT NULL, price REAL NOT NULL,"
                    + " time INTEGER NOT NULL, commission REAL, seq INTEGER NOT NULL)");
        }
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            long key = j.orderSubmitted(1, BUY_100);
            j.executionReceived(exec("e1", key, 40));
            j.commission("e1", 1.0);
            j.executionReceived(new JournalExecution("e2", key, 7, 10, 180.25, 0L, Double.NaN, 0.05));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO executions (exec_id, order_key, ib_order_id, shares, price, time, seq)"
                    + " VALUES ('old', 1, 7, 5, 180.25, 0, 0)"); // as an old journal wrote it (column default)
        }
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            assertTrue(j.hasDelivered("old"), "an old journal's rows count as delivered");
            assertEquals(List.of("e1", "e2"), j.undelivered().stream().map(JournalExecution::execId).toList());
            List<JournalExecution> xs = j.executions(1);
            assertFalse(xs.get(1).estimated());
            assertEquals(1.0, xs.get(1).commission());
            assertEquals(0.05, xs.get(2).estimate());
            JournalOrder o = j.order(1).orElseThrow();
            assertEquals(0.0, o.endFilled(), "the orders table got IB's end columns");
            assertEquals("", o.end());
        }
    }

    @Test
    void anEndIsRecordedWithIbsCountAndKeepsTheOrderWorkingUntilThoseSharesArrive() {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("j.db"), () -> 42L)) {
            long key = j.orderSubmitted(1, BUY_100);
            j.ibOrderId(key, 3, 7);
            j.executionReceived(exec("e1", key, 40));
            j.ended(key, "Cancelled", 70, "Canceled");
            JournalOrder o = j.order(key).orElseThrow();
            assertEquals(new JournalOrder(key, 1, BUY_100, 3, 7, 0, "Cancelled", 40, 70, "Canceled", 42L), o);
            assertEquals(List.of(key), j.workingOrders().stream().map(JournalOrder::key).toList(), "30 shares to come");
            j.executionReceived(exec("e2", key, 30));
            assertEquals(List.of(), j.workingOrders());
            long unsent = j.orderSubmitted(2, BUY_100);
            j.ended(unsent, JournalOrder.NOT_SENT, 0, "Rejected");
            assertEquals(List.of(), j.workingOrders(), "TWS never had it");
            assertThrows(IllegalArgumentException.class, () -> j.ended(99, "Cancelled", 0, "Canceled"));
        }
    }

    @Test
    void unknownOrdersAreRefusedAndAFailedDeliveryRecordsNothing() {
        try (OrderJournal j = SqliteOrderJournal.inMemory()) {
            assertEquals("execution e9 names unknown order key 99", assertThrows(IllegalArgumentException.class,
                    () -> j.executionReceived(exec("e9", 99, 10))).getMessage());
            assertFalse(j.hasDelivered("e9"), "rolled back");
            assertEquals("record status of order key 99: no such order in the journal",
                    assertThrows(IllegalArgumentException.class, () -> j.status(99, "Filled")).getMessage());
        }
    }

    @Test
    void everythingSurvivesCloseAndReopen() {
        Path file = dir.resolve("sub/dir/j.db");
        long key;
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            key = j.orderSubmitted(9, BUY_100);
            j.ibOrderId(key, 3, 70);
            j.executionReceived(exec("e1", key, 30));
            j.executionReceived(exec("e2", key, 5));
            j.delivered(List.of("e1"));
        }
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            assertEquals(35, j.workingOrders().get(0).filled());
            assertTrue(j.hasDelivered("e1"));
            assertEquals(List.of("e2"), j.undelivered().stream().map(JournalExecution::execId).toList());
            assertEquals(9, j.maxRef());
            long next = j.orderSubmitted(10, BUY_100);
            assertTrue(next > key, "keys never repeat");
        }
    }

    @Test
    void aSecondLiveProcessOrInstanceIsRefused() {
        Path file = dir.resolve("j.db");
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            j.orderSubmitted(1, BUY_100);
            BadInputException e = assertThrows(BadInputException.class, () -> SqliteOrderJournal.open(file));
            assertEquals("order journal " + file.toAbsolutePath() + " is in use by this process (pid "
                    + ProcessHandle.current().pid() + "); close it first", e.getMessage());
        }
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            assertEquals(1, j.workingOrders().size(), "free again once closed");
        }
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("garbage.db");
        byte[] junk = new byte[8192];
        new java.util.SplittableRandom(3).nextBytes(junk);
        Files.write(file, junk);
        BadInputException e = assertThrows(BadInputException.class, () -> SqliteOrderJournal.open(file));
        assertTrue(e.getMessage().startsWith("cannot open the order journal " + file.toAbsolutePath() + ": "),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /**
     * Crash consistency: a child JVM records orders and fills as fast as it can and is killed
     * (SIGKILL) mid-stream, never closing the journal. Reopened, every acknowledged record is
     * there, and every order's filled quantity equals the sum of its recorded executions (no
     * half-applied delivery).
     */
    @Test
    void aProcessKilledMidWriteLosesNothingItAcknowledged() throws Exception {
        Path file = dir.resolve("crash.db");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                JournalCrashChild.class.getName(), file.toString())
                .redirectError(dir.resolve("child.err").toFile()).start();
        int acked = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acked < 40 && System.nanoTime() < deadline) {
                line = out.readLine();
                if (line == null) {
                    throw new AssertionError("child ended early: " + Files.readString(dir.resolve("child.err")));
                }
                acked = Integer.parseInt(line.substring(4));
            }
            BadInputException held = assertThrows(BadInputException.class, () -> SqliteOrderJournal.open(file));
            assertEquals("order journal " + file.toAbsolutePath() + " is in use by another process (pid " + child.pid()
                    + ": bt4j with this order journal); stop that process or choose another file", held.getMessage());
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(acked >= 40, "child acknowledged only " + acked);
        try (OrderJournal j = SqliteOrderJournal.open(file)) {
            for (int i = 1; i <= acked; i++) {
                JournalOrder o = j.byIbOrderId(3, 1000 + i).orElseThrow();
                assertEquals(i, o.ref());
                assertEquals(900_000L + i, o.permId());
                assertEquals(100, o.filled(), "order " + i);
                assertTrue(j.hasDelivered("exec-" + i + "-a") && j.hasDelivered("exec-" + i + "-b"));
            }
            int max = j.maxRef();
            assertTrue(max >= acked);
            for (int i = 1; i <= max; i++) { // including the one being written when the kill came
                JournalOrder o = j.byIbOrderId(3, 1000 + i).orElse(null);
                if (o != null) {
                    double sum = j.executions(o.key()).stream().mapToDouble(JournalExecution::shares).sum();
                    assertEquals(sum, o.filled(), "order " + i + ": filled equals its recorded executions");
                }
            }
        }
    }
}
