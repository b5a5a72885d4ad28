package org.bt4j.gateway.account;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.SimOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of the previous version keep loading. {@code state-v1.sqlite} was written by the gateway before
 * linked accounts were saved (main at 12d7393, format 'bt4j-gateway-state 1', account DU1 with starting
 * cash 100,000): order 1 of client 3 bought 250 AAPL at 100.00 in three executions (commission 1.25),
 * order 2 sells 50 at a GTC limit of 150 with order ref {@code tp}, still working. The values asserted
 * are the ones that file holds (read with Python's sqlite3 when it was written: cash 74998.75, position
 * 250 at an average cost of 100.005).
 */
class StateSchemaTest {

    @TempDir Path dir;

    private Path v1() throws Exception {
        Path file = dir.resolve("state.db");
        try (InputStream in = StateSchemaTest.class.getResourceAsStream("state-v1.sqlite")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static void sql(Path file, String update) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private static List<String> rows(Path file, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " " : "").append(r.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static MatchingEngine load(Path file, String primary, String... linked) {
        MatchingEngine m = StateStoreTest.engineOf(primary, new ArrayList<>(), linked);
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            store.load(m, StateStoreTest.UNIVERSE);
        }
        return m;
    }

    private static String refusal(Path file, String primary, String... linked) {
        BadInputException e = assertThrows(BadInputException.class, () -> load(file, primary, linked));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aVersion1FileLoadsAsItsAccountAndIsMigratedOnce() throws Exception {
        Path file = v1();
        for (int start = 0; start < 2; start++) { // migrated by the first start, read as version 2 by the second
            MatchingEngine m = load(file, "DU1", "DU2");
            Account du1 = m.account("DU1");
            assertEquals(74998.75, du1.cash());
            assertEquals(250, du1.position(StateStoreTest.AAPL.conId()).quantity());
            assertEquals(100.005, du1.position(StateStoreTest.AAPL.conId()).avgCost(), 1e-12);
            assertEquals(OrderStatus.Filled, m.order(3, 1).status());
            SimOrder working = m.order(3, 2);
            assertEquals(OrderStatus.Submitted, working.status());
            assertEquals("tp", working.spec().orderRef());
            assertTrue(m.hasWorkingOrders(StateStoreTest.AAPL));
            assertEquals(100_000, m.account("DU2").cash(), "a linked account new to the file");
        }
        assertEquals(List.of("format " + StateSchema.FORMAT, "nextExecSeq 4"), rows(file, "SELECT * FROM meta ORDER BY key"));
        assertEquals(List.of("DU1 100000.0 74998.75 0.0", "DU2 100000.0 100000.0 0.0"),
                rows(file, "SELECT * FROM accounts ORDER BY code"));
        assertEquals(List.of("DU1 265598 250.0 100.005 0.0"), rows(file, "SELECT * FROM positions"));
    }

    @Test
    void aVersion1FileFromBeforeTheFormatRowIsAdoptedWithTheStartingCashItImplies() throws Exception {
        Path file = v1();
        sql(file, "DELETE FROM meta WHERE key IN ('format', 'startingCash')");
        assertEquals(74998.75, load(file, "DU1").account().cash());
        sql(file, "UPDATE accounts SET cash = 80000");
        assertTrue(refusal(file, "DU1").contains("account DU1: cash is 80000.0 but the starting cash 100000.0 less its"
                + " executions gives 74998.75"), "its starting cash is kept from then on");
    }

    @Test
    void aVersion1FileThatIsRefusedStaysVersion1() throws Exception {
        Path file = v1();
        sql(file, "UPDATE positions SET qty = 260");
        assertTrue(refusal(file, "DU1").endsWith("state.db: account DU1: position conId 265598 holds 260 but its"
                + " executions add up to 250; refusing to start on it"), refusal(file, "DU1"));
        assertEquals(List.of("cash 74998.75", "format " + StateSchema.FORMAT_V1, "nextExecSeq 4", "realized 0.0",
                "startingCash 100000.0"), rows(file, "SELECT * FROM meta ORDER BY key"), "nothing half-written");
        assertEquals(List.of(), rows(file, "SELECT name FROM sqlite_master WHERE name = 'accounts'"));
    }

    @Test
    void aVersion1FileKeepsTheAccountCodeItWasWrittenFor() throws Exception {
        Path file = v1();
        assertEquals("gateway state " + file + " holds account DU1, which this gateway does not manage: add it with "
                + "--linked-accounts DU1, or choose another --state", refusal(file, "DU9"));
        MatchingEngine m = load(file, "DU9", "DU1");
        assertEquals(74998.75, m.account("DU1").cash());
        assertEquals(100_000, m.account("DU9").cash());
        assertTrue(m.account("DU9").positions().isEmpty());
    }

    @Test
    void aNewerOrInconsistentFormatIsRefusedWithOneLine() throws Exception {
        Path file = v1();
        sql(file, "UPDATE meta SET value = 'bt4j-gateway-state 3' WHERE key = 'format'");
        assertEquals("gateway state " + file + " has format 'bt4j-gateway-state 3', this gateway reads '"
                + StateSchema.FORMAT + "' and '" + StateSchema.FORMAT_V1 + "' (a newer bt4j wrote it?); refusing to use it",
                refusal(file, "DU1"));
        sql(file, "UPDATE meta SET value = '" + StateSchema.FORMAT + "' WHERE key = 'format'");
        assertTrue(refusal(file, "DU1").endsWith("says '" + StateSchema.FORMAT + "' but has no accounts table; refusing"
                + " to use it: restore a backup, or move it away to start a new account"), refusal(file, "DU1"));
    }
}
