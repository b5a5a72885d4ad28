package org.bt4j.gateway.account;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.bt4j.BadInputException;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.CommissionModel;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.market.SecType;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.Order;
import org.bt4j.reliability.GatewayStateChild;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart from the SQLite file keeps orders, executions, positions, cash and id counters; files that
 * are empty, foreign, damaged, break an invariant or are held by another process are refused with one
 * line naming the problem, and left as they were.
 */
class StateStoreTest {

    static final long T0 = 1_704_466_800L * 1_000_000_000L;
    static final Instrument AAPL = Instrument.builder("AAPL", SecType.STK).conId(265598).build();
    static final InstrumentUniverse UNIVERSE = new InstrumentUniverse(List.of(AAPL));

    @TempDir Path dir;

    /**
     * A matching engine of primary account {@code primary} and the linked accounts {@code linked}, each
     * with 100,000, whose fills go to {@code fills} and other events are ignored (the store is what is
     * tested); an order error fails the test.
     */
    static MatchingEngine engineOf(String primary, List<Fill> fills, String... linked) {
        MatchingEngine m = new MatchingEngine(new Account(primary, "USD", 100_000), CommissionModel.ibFixed(),
                new MatchingEngine.Listener() {
                    @Override public void orderUpdated(SimOrder o) { }
                    @Override public void filled(SimOrder o, Fill f) { fills.add(f); }
                    @Override public void cancelled(SimOrder o, boolean expired, String r) { }
                    @Override public void orderError(int c, int o, int code, String t) { fail(code + " " + t); }
                }, ZoneId.of("US/Eastern"), true, 1.0, 1, false, 7);
        for (String code : linked) {
            m.link(new Account(code, "USD", 100_000));
        }
        return m;
    }

    /** {@link #engineOf} with primary account DU1. */
    static MatchingEngine engine(List<Fill> fills, String... linked) {
        return engineOf("DU1", fills, linked);
    }

    /** One quote event at {@code t}: 100 x 100 at 99.99 / 100.00. */
    static TapeCursor quote(long t) {
        return quote(t, 99.99, 100.00);
    }

    /** One quote event at {@code t}: 100 x 100 at {@code bid} / {@code ask}. */
    static TapeCursor quote(long t, double bid, double ask) {
        return new TapeCursor() {
            boolean used;
            @Override public boolean next(long limit) { boolean r = !used; used = true; return r; }
            @Override public long time() { return t; }
            @Override public double bid() { return bid; }
            @Override public double ask() { return ask; }
            @Override public double bidSize() { return 100; }
            @Override public double askSize() { return 100; }
            @Override public boolean isTrade() { return false; }
            @Override public double tradePrice() { return Double.NaN; }
            @Override public double tradeSize() { return 0; }
        };
    }

    @Test
    void restartKeepsOrdersFillsPositionsCashAndCounters() {
        Path file = dir.resolve("sub/state.db");
        List<Fill> fills = new ArrayList<>();
        long permOfWorking;
        double cash;
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(fills);
            store.load(m, UNIVERSE);
            m.sink(store);
            m.place(AAPL, Order.builder().orderId(1).clientId(3).action("BUY").totalQuantity(250).orderType("MKT").build(), T0);
            Order gtc = Order.builder().orderId(2).clientId(3).action("SELL").totalQuantity(50).orderType("LMT")
                    .lmtPrice(150).tif("GTC").orderRef("tp").build();
            permOfWorking = m.place(AAPL, gtc, T0).permId();
            for (int i = 1; i <= 3; i++) {
                m.onEvent(AAPL, quote(T0 + i * 1_000_000_000L));
            }
            assertEquals(3, fills.size());
            cash = m.account().cash();
        }
        List<Fill> after = new ArrayList<>();
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(after);
            store.load(m, UNIVERSE);
            m.sink(store);
            assertEquals(fills, store.fills(), "every execution, with its commission and realised PnL");
            assertEquals(cash, m.account().cash());
            assertEquals(250, m.account().position(AAPL.conId()).quantity());
            assertEquals(100.0 + 1.25 / 250, m.account().position(AAPL.conId()).avgCost(), 1e-9);
            SimOrder filled = m.order(3, 1);
            assertEquals(OrderStatus.Filled, filled.status());
            assertEquals(250, filled.filled());
            assertEquals(100.0, filled.avgFillPrice());
            assertEquals(1.25, filled.commission(), 1e-12);
            SimOrder working = m.order(3, 2);
            assertEquals(OrderStatus.Submitted, working.status());
            assertEquals(permOfWorking, working.permId());
            assertEquals("tp", working.spec().orderRef());
            assertEquals("GTC", working.spec().tif());
            assertTrue(working.transmitted());
            assertTrue(m.hasWorkingOrders(AAPL), "a working order keeps working after the restart");
            assertEquals(3, m.nextValidOrderId(), "order ids continue");
            SimOrder next = m.place(AAPL, Order.builder().orderId(3).clientId(3).action("SELL").totalQuantity(10)
                    .orderType("MKT").build(), T0 + 10_000_000_000L);
            assertTrue(next.permId() > permOfWorking, "permIds continue");
            m.onEvent(AAPL, quote(T0 + 11_000_000_000L));
            assertEquals(1, after.size());
            assertTrue(fills.stream().noneMatch(f -> f.execId().equals(after.get(0).execId())), "execIds stay unique");
            assertEquals(4, store.fills().size());
        }
    }

    @Test
    void inMemoryStoreStartsWithTheStartingCash() {
        try (StateStore store = StateStore.open(null, 5_000, "test")) {
            MatchingEngine m = engine(new ArrayList<>());
            store.load(m, UNIVERSE);
            assertEquals(5_000, m.account().cash());
            assertTrue(store.fills().isEmpty());
            assertTrue(m.orders().isEmpty());
        }
    }

    /** A file with two orders (one filled 250 in three executions, one working) written by a store. */
    private Path written() {
        Path file = dir.resolve("state.db");
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(new ArrayList<>());
            store.load(m, UNIVERSE);
            m.sink(store);
            m.place(AAPL, Order.builder().orderId(1).clientId(3).action("BUY").totalQuantity(250).orderType("MKT").build(), T0);
            m.place(AAPL, Order.builder().orderId(2).clientId(3).action("SELL").totalQuantity(50).orderType("LMT")
                    .lmtPrice(150).tif("GTC").build(), T0);
            for (int i = 1; i <= 3; i++) {
                m.onEvent(AAPL, quote(T0 + i * 1_000_000_000L));
            }
        }
        return file;
    }

    private static void sql(Path file, String update) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    /** Opens and loads {@code file}; returns the one-line refusal. */
    private static String refusal(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> {
            try (StateStore store = StateStore.open(file, 100_000, "test")) {
                store.load(engine(new ArrayList<>()), UNIVERSE);
            }
        });
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void anEmptyFileIsRefusedAndLeftAsItIs() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertTrue(refusal(file).contains("empty.db is empty (0 bytes); refusing to start a new account over it"));
        assertEquals(0, Files.size(file), "never reset");
    }

    @Test
    void aForeignFileIsRefusedUntouched() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "abc\n");
        assertTrue(refusal(text).contains("notes.txt is not a bt4j gateway state file (not an SQLite database)"));
        assertEquals("abc\n", Files.readString(text));
        Path other = dir.resolve("other.db");
        sql(other, "CREATE TABLE prices (t INTEGER, px REAL)");
        long size = Files.size(other);
        assertTrue(refusal(other).contains("other.db is not a bt4j gateway state file (its tables: prices)"));
        assertEquals(size, Files.size(other));
    }

    @Test
    void aValueThatIsNotANumberIsNamed() throws Exception {
        Path file = written();
        sql(file, "UPDATE accounts SET cash = 'abc' WHERE code = 'DU1'");
        assertTrue(refusal(file).endsWith("state.db: accounts row DU1: cash is 'abc', not a number; refusing to start on it"),
                refusal(file));
        sql(file, "UPDATE accounts SET cash = 74998.75 WHERE code = 'DU1'");
        sql(file, "UPDATE meta SET value = 'abc' WHERE key = 'nextExecSeq'");
        assertTrue(refusal(file).endsWith("state.db: meta row 'nextExecSeq' is 'abc', not a number; refusing to start on it"),
                refusal(file));
    }

    @Test
    void anOrderShortOfItsExecutionsIsRefusedNamingIt() throws Exception {
        Path file = written();
        sql(file, "UPDATE orders SET filled = 240 WHERE order_id = 1");
        String why = refusal(file);
        assertTrue(why.matches(".*state\\.db: order permId \\d+ \\(order 1 of client 3\\) has filled 240 but its "
                + "executions add up to 250; refusing to start on it"), why);
    }

    @Test
    void aPositionOrCashThatDisagreesWithTheExecutionsIsRefused() throws Exception {
        Path file = written();
        sql(file, "UPDATE positions SET qty = 260");
        assertTrue(refusal(file).contains("account DU1: position conId 265598 holds 260 but its executions add up to 250"),
                refusal(file));
        sql(file, "UPDATE positions SET qty = 250");
        sql(file, "UPDATE accounts SET cash = 80000");
        assertTrue(refusal(file).contains("account DU1: cash is 80000.0 but the starting cash 100000.0 less its executions"
                + " gives 74998.75"), refusal(file));
    }

    /** Order {@code id} of client 3 for {@code account}: a market order, or a GTC limit at 150. */
    private static Order order(int id, String account, String action, double qty, String type) {
        Order.Builder b = Order.builder().orderId(id).clientId(3).action(action).totalQuantity(qty).orderType(type)
                .account(account);
        return type.equals("LMT") ? b.lmtPrice(150).tif("GTC").build() : b.build();
    }

    /**
     * A file of DU1 and linked DU2, DU3: DU2 bought 250 (three executions), DU3 bought 100 and sold 30
     * and has a working GTC sell limit, DU1 nothing.
     */
    private Path writtenLinked(List<Fill> fills) {
        Path file = dir.resolve("state.db");
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(fills, "DU2", "DU3");
            store.load(m, UNIVERSE);
            m.sink(store);
            m.place(AAPL, order(1, "DU2", "BUY", 250, "MKT"), T0);
            m.place(AAPL, order(2, "DU3", "BUY", 100, "MKT"), T0);
            for (int i = 1; i <= 3; i++) {
                m.onEvent(AAPL, quote(T0 + i * 1_000_000_000L));
            }
            m.place(AAPL, order(3, "DU3", "SELL", 30, "MKT"), T0);
            m.place(AAPL, order(4, "DU3", "SELL", 50, "LMT"), T0);
            m.onEvent(AAPL, quote(T0 + 4_000_000_000L));
        }
        return file;
    }

    @Test
    void everyLinkedAccountKeepsItsCashPositionsAndOrders() {
        List<Fill> fills = new ArrayList<>();
        Path file = writtenLinked(fills);
        assertEquals(Set.of("DU2", "DU3"), fills.stream().map(Fill::account).collect(Collectors.toSet()));
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(new ArrayList<>(), "DU2", "DU3");
            store.load(m, UNIVERSE);
            assertEquals(fills, store.fills());
            for (Account a : m.accounts()) { // the oracle: the executions the listener was told of
                double spent = 0;
                double held = 0;
                for (Fill f : fills) {
                    if (f.account().equals(a.id())) {
                        double signed = f.side().equals("BOT") ? f.shares() : -f.shares();
                        spent += signed * f.price() + f.commission();
                        held += signed;
                    }
                }
                assertEquals(100_000 - spent, a.cash(), 1e-9, a.id());
                assertEquals(held, a.position(AAPL.conId()) == null ? 0 : a.position(AAPL.conId()).quantity(), a.id());
            }
            assertEquals(250, m.account("DU2").position(AAPL.conId()).quantity());
            assertEquals(70, m.account("DU3").position(AAPL.conId()).quantity());
            SimOrder working = m.order(3, 4);
            assertEquals(OrderStatus.Submitted, working.status());
            assertEquals("DU3", working.spec().account());
            assertTrue(m.hasWorkingOrders(AAPL));
            m.sink(store);
            m.onEvent(AAPL, quote(T0 + 5_000_000_000L, 150.00, 150.01)); // the limit fills after the restart
            assertEquals(20, m.account("DU3").position(AAPL.conId()).quantity());
        }
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(new ArrayList<>(), "DU2", "DU3");
            store.load(m, UNIVERSE);
            assertEquals(20, m.account("DU3").position(AAPL.conId()).quantity(), "that fill was saved to DU3");
            assertEquals(OrderStatus.Filled, m.order(3, 4).status());
        }
    }

    @Test
    void aFileHoldingAnAccountTheGatewayDoesNotManageIsRefusedNamingItAndTheOption() throws Exception {
        Path file = writtenLinked(new ArrayList<>());
        byte[] before = Files.readAllBytes(file);
        BadInputException e = assertThrows(BadInputException.class, () -> {
            try (StateStore store = StateStore.open(file, 100_000, "test")) {
                store.load(engine(new ArrayList<>(), "DU2"), UNIVERSE);
            }
        });
        assertEquals("gateway state " + file + " holds account DU3, which this gateway does not manage: add it with "
                + "--linked-accounts DU3, or choose another --state", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is left as it was");
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            store.load(engine(new ArrayList<>(), "DU3", "DU2"), UNIVERSE); // order of the option does not matter
        }
    }

    @Test
    void aLinkedAccountNewToTheFileStartsWithTheStartingCashAndIsSaved() throws Exception {
        Path file = writtenLinked(new ArrayList<>());
        double du2;
        try (StateStore store = StateStore.open(file, 100_000, "test")) {
            MatchingEngine m = engine(new ArrayList<>(), "DU2", "DU3", "DU4");
            store.load(m, UNIVERSE);
            du2 = m.account("DU2").cash();
            assertEquals(100_000, m.account("DU4").cash());
            assertTrue(m.account("DU4").positions().isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT code, starting_cash, cash FROM accounts ORDER BY code")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getDouble(2) + " " + r.getDouble(3));
            }
            assertEquals(List.of("DU1 100000.0 100000.0", "DU2 100000.0 " + du2, "DU3 100000.0 "
                    + rowCash(file, "DU3"), "DU4 100000.0 100000.0"), rows);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> {
            try (StateStore store = StateStore.open(file, 100_000, "test")) {
                store.load(engine(new ArrayList<>(), "DU2", "DU3"), UNIVERSE);
            }
        });
        assertTrue(e.getMessage().contains("holds account DU4"), "from then on the file holds it: " + e.getMessage());
    }

    private static double rowCash(Path file, String code) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT cash FROM accounts WHERE code = '" + code + "'")) {
            return r.getDouble(1);
        }
    }

    /** Opens and loads {@code file} with linked DU2 and DU3; returns the one-line refusal. */
    private static String refusalLinked(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> {
            try (StateStore store = StateStore.open(file, 100_000, "test")) {
                store.load(engine(new ArrayList<>(), "DU2", "DU3"), UNIVERSE);
            }
        });
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aLinkedAccountThatBreaksAnInvariantIsRefusedNamingTheAccountAndRow() throws Exception {
        Path file = writtenLinked(new ArrayList<>());
        sql(file, "UPDATE orders SET filled = 240 WHERE order_id = 1");
        assertTrue(refusalLinked(file).matches(".*state\\.db: order permId \\d+ \\(order 1 of client 3, account DU2\\) has"
                + " filled 240 but its executions add up to 250; refusing to start on it"), refusalLinked(file));
        sql(file, "UPDATE orders SET filled = 250 WHERE order_id = 1");
        sql(file, "UPDATE positions SET qty = 71 WHERE account = 'DU3'");
        assertTrue(refusalLinked(file).contains("account DU3: position conId 265598 holds 71 but its executions add up to 70"),
                refusalLinked(file));
        sql(file, "UPDATE positions SET qty = 70 WHERE account = 'DU3'");
        double cash = rowCash(file, "DU2");
        sql(file, "UPDATE accounts SET cash = cash + 1 WHERE code = 'DU2'");
        assertTrue(refusalLinked(file).contains("account DU2: cash is " + (cash + 1) + " but the starting cash 100000.0"
                + " less its executions gives " + cash), refusalLinked(file));
        sql(file, "UPDATE accounts SET cash = cash - 1 WHERE code = 'DU2'");
        sql(file, "UPDATE executions SET account = 'DU3' WHERE order_id = 1 AND cum_qty = 250");
        assertTrue(refusalLinked(file).contains("account DU2: position conId 265598 holds 250 but its executions add up"
                + " to 200"), "an execution moved to another account: " + refusalLinked(file));
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        Path file = dir.resolve("state.db");
        try (StateStore first = StateStore.open(file, 100_000, "first")) {
            BadInputException e = assertThrows(BadInputException.class, () -> StateStore.open(file, 100_000, "second"));
            assertTrue(e.getMessage().contains("state.db is in use by this process (pid " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        StateStore.open(file, 100_000, "again").close();
    }

    @Test
    void aSecondProcessIsRefusedNamingTheHolderUntilItIsKilled() throws Exception {
        Path file = dir.resolve("state.db");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", cp, GatewayStateChild.class.getName(), file.toString())
                .redirectError(dir.resolve("child.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, () -> "the child gateway did not start: " + read(dir.resolve("child.err")));
            String why = refusal(file);
            assertEquals("gateway state " + file + " is in use by another process (pid " + child.pid()
                    + ": bt4j gateway on 127.0.0.1:0); stop that process or choose another file", why);
        } finally {
            child.destroyForcibly(); // kill -9: the lock dies with its process
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        try (StateStore store = StateStore.open(file, 1_000_000, "test")) {
            List<String> accounts = GatewayStateChild.ACCOUNTS; // the child's, the primary one first
            store.load(engineOf(accounts.get(0), new ArrayList<>(), accounts.subList(1, accounts.size())
                    .toArray(String[]::new)), InstrumentUniverse.defaults(LocalDate.of(2024, 1, 8)));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /**
     * A full disk: the state file on a 256 KiB tmpfs, then the rest of that file system filled. An order
     * filled until a write fails: that fill does not happen (error 201, the order stopped), and the
     * account in memory is the one a gateway restarted on the file (after space is freed) reads. Needs
     * root to mount; skipped otherwise. (A new order refused for a failed write: MatchingEngineTest.)
     */
    @Test
    void aFullDiskStopsTheOrderInsteadOfSplittingMemoryFromTheFile() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(mount.waitFor() == 0, "full-disk case skipped: cannot mount a small tmpfs (needs root): "
                + said);
        try {
            Path file = mnt.resolve("state.db");
            List<String> errors = new ArrayList<>();
            List<Fill> fills = new ArrayList<>();
            MatchingEngine m = new MatchingEngine(new Account("DU1", "USD", 100_000), CommissionModel.ibFixed(),
                    new MatchingEngine.Listener() {
                        @Override public void orderUpdated(SimOrder o) { }
                        @Override public void filled(SimOrder o, Fill f) { fills.add(f); }
                        @Override public void cancelled(SimOrder o, boolean expired, String r) { }
                        @Override public void orderError(int c, int o, int code, String t) { errors.add(code + " " + t); }
                    }, ZoneId.of("US/Eastern"), true, 1.0, 1, false, 7);
            Path filler = mnt.resolve("filler");
            try (StateStore store = StateStore.open(file, 10_000_000, "test")) {
                store.load(m, UNIVERSE);
                m.sink(store);
                long t = T0;
                m.place(AAPL, Order.builder().orderId(1).clientId(3).action("BUY").totalQuantity(20_000).orderType("MKT")
                        .build(), t);
                m.onEvent(AAPL, quote(t += 1_000_000_000L));
                fillUp(filler);
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(filler,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() - 64 * 1024); // room for a few more fills
                }
                for (int i = 0; i < 200 && errors.isEmpty(); i++) {
                    m.onEvent(AAPL, quote(t += 1_000_000_000L)); // 100 shares each
                }
                assertEquals(1, errors.size(), "the disk filled up: " + errors);
                assertTrue(errors.get(0).startsWith("201 Order rejected - reason:the gateway could not save a fill of the "
                        + "order, so nothing was filled (cannot save execution "), errors.get(0));
                assertTrue(errors.get(0).contains("full") && errors.get(0).endsWith("the order is stopped"), errors.get(0));
                assertTrue(fills.size() > 1, "some fills were saved after the disk filled: " + fills.size());
                assertEquals(OrderStatus.Inactive, m.order(3, 1).status());
            }
            Files.delete(filler);
            MatchingEngine restarted = engine(new ArrayList<>());
            try (StateStore store = StateStore.open(file, 10_000_000, "test")) {
                store.load(restarted, UNIVERSE);
                assertEquals(fills, store.fills(), "every fill the client was told of, and no other");
            }
            System.out.printf("full disk: %d fills saved before the first failed write%n", fills.size());
            assertEquals(m.account().cash(), restarted.account().cash(), "cash in memory = cash in the file");
            assertEquals(m.account().position(AAPL.conId()), restarted.account().position(AAPL.conId()));
            assertEquals(m.order(3, 1).filled(), restarted.order(3, 1).filled(), "the order's filled quantity too");
        } finally {
            new ProcessBuilder("umount", mnt.toString()).start().waitFor();
        }
    }

    /** Writes {@code filler} until the file system has no space left. */
    private static void fillUp(Path filler) throws java.io.IOException {
        byte[] block = new byte[4096];
        try (java.io.OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (java.io.IOException full) {
            // no space left
        }
    }
}
