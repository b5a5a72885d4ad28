package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of the gateway process while a client trades in its linked accounts: a child
 * JVM ({@link GatewayKillChild}: a gateway on a state file, with the primary account and two linked
 * ones) fills market orders of all three accounts in parts while this test's client, over loopback,
 * records every message it receives; after a seeded number of executions the child is killed with
 * SIGKILL, and a new one starts on the file as the kill left it (with its WAL). The oracle is what the
 * client was told before the kill, never the gateway's own reading of the file: every acknowledged
 * execution and commission is in the file (checked with this test's SQL on a copy, with the
 * invariants of {@link GatewayCrashConsistencyTest}), every order acknowledged as working is still
 * working there (or filled by executions the client had not heard of yet), every acknowledged cancel
 * stays; after the restart the open orders sent on connect are the working ones, {@code reqExecutions}
 * gives back every acknowledged execution unchanged, and positions and cash per account are those
 * executions' sums. At the end every market order has filled exactly its quantity, no more, and each
 * account's position is what the test's orders add up to. 5 kills per build, 20 with
 * {@code -Dbt4j.soak=true}; {@code -Dbt4j.kill.seed=N} picks the moments. Linux (SIGKILL of a child).
 */
class GatewayKillTest {

    static final double START_CASH = 1_000_000;
    private static final List<String> ACCOUNTS = GatewayStateChild.ACCOUNTS;
    private static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    private static final Set<String> WORKING = Set.of("PendingSubmit", "PreSubmitted", "Submitted");

    @Test
    void everyAcknowledgedFillOfALinkedAccountSurvivesKill9AndEveryOrderEndsAtItsQuantity(@TempDir Path dir)
            throws Exception {
        int kills = Boolean.getBoolean("bt4j.soak") ? 200 : 10;
        long seed = Long.getLong("bt4j.kill.seed", 20);
        Random random = new Random(seed);
        Path state = dir.resolve("state.db");
        Ledger told = new Ledger();
        Instant start = Instant.parse("2024-01-08T15:00:00Z");
        int unacknowledged = 0;
        int partlyFilled = 0; // kills while an order of a linked account had filled in part
        for (int run = 0; run <= kills; run++) {
            String label = "seed " + seed + ", run " + run + ": ";
            try (Child child = Child.start(dir, state, start, run); Client c = new Client(child.port, told)) {
                c.until(m -> m instanceof ServerMessage.OpenOrderEnd); // open orders on connect, as TWS sends them
                if (run > 0) {
                    recovered(c, told, label);
                }
                told.newRun();
                int k = run < kills ? 1 + random.nextInt(80) : Integer.MAX_VALUE; // the last run fills everything
                if (run < kills) {
                    place(c, told, run);
                }
                c.send(new ClientMessage.ReqCurrentTime()); // the gateway has every order before its clock moves
                c.until(m -> m instanceof ServerMessage.CurrentTime);
                child.run();
                if (!told.everyMarketOrderFilled()) {
                    c.until(m -> told.liveThisRun >= k || told.everyMarketOrderFilled());
                }
                partlyFilled += told.partlyFilledLinkedOrder() ? 1 : 0;
                child.kill();
                c.drain(); // what the kernel still delivers was sent before the kill: acknowledged as well
                start = start.plusSeconds(child.lastStep + 31);
                System.out.printf("gateway kill: run %d: killed after %d executions of the run (k %d), %d in all%n",
                        run, told.liveThisRun, k, told.executions.size());
            }
            unacknowledged += fileHoldsWhatWasAcknowledged(state, dir.resolve("check.db"), told, label);
        }
        Map<String, Double> ordered = new TreeMap<>(); // what the test's market orders add up to, per account
        for (Sent s : told.sent.values()) {
            if (s.type.equals("MKT")) {
                ordered.merge(s.account, s.action.equals("BUY") ? s.qty : -s.qty, Double::sum);
                assertEquals(s.qty, told.shares(s.id), 1e-9, "market order " + s.id + " of " + s.account);
            }
        }
        assertEquals(ordered, told.positions(), "each account's position is its orders' sum");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("check.db"));
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT account, SUM(qty) FROM positions GROUP BY account HAVING SUM(qty) <> 0")) {
            Map<String, Double> held = new TreeMap<>();
            while (r.next()) {
                held.put(r.getString(1), r.getDouble(2));
            }
            assertEquals(ordered, held, "the file's positions are the orders' sums");
        }
        assertEquals(ACCOUNTS.size(), ordered.size(), "orders in every account");
        System.out.printf("gateway kill: %d kills (seed %d; %d while an order of a linked account had filled in part),"
                + " %d executions acknowledged (per account %s), %d committed before the client heard of them (found by"
                + " the next start), %d orders, positions %s, cash %s%n", kills, seed, partlyFilled, told.executions.size(),
                told.perAccount(), unacknowledged, told.sent.size(), ordered, told.cash());
    }

    /** This run's orders: a market order in each account (buying and selling in turn), a far limit, a cancel of one. */
    private static void place(Client c, Ledger told, int run) throws IOException {
        int phase = run % 3; // each account's position back to 0 every third run
        c.order(Sent.market(ACCOUNTS.get(1), phase == 0 ? "BUY" : "SELL", phase == 0 ? 900 : phase == 1 ? 600 : 300));
        c.order(Sent.market(ACCOUNTS.get(2), phase == 0 ? "SELL" : "BUY", phase == 0 ? 600 : 300));
        c.order(Sent.market(ACCOUNTS.get(0), phase == 0 ? "BUY" : "SELL", phase == 0 ? 300 : phase == 1 ? 200 : 100));
        c.order(Sent.limit(ACCOUNTS.get(1 + run % 2), 10, 1.0)); // never fills: works across every restart
        if (run % 2 == 1) {
            Integer oldest = told.working().stream().filter(id -> told.sent.get(id).type.equals("LMT")).findFirst()
                    .orElse(null);
            if (oldest != null) {
                c.send(new ClientMessage.CancelOrder(oldest, ""));
            }
        }
    }

    /** After a restart, before the clock moves: what the client sees is what it was told before the kill. */
    private static void recovered(Client c, Ledger told, String label) throws IOException {
        Map<Integer, ServerMessage.OpenOrder> open = c.openOnConnect;
        for (ServerMessage.OpenOrder o : open.values()) {
            Sent s = told.sent.get(o.order().orderId());
            assertNotNull(s, label + "order " + o.order().orderId() + " on connect was never placed");
            assertEquals(s.summary(), Sent.of(o.order()).summary(), label + "order " + s.id + " on connect");
            assertTrue(WORKING.contains(o.state().status()), label + "order " + s.id + " on connect: " + o.state());
        }
        c.send(new ClientMessage.ReqExecutions(7, ExecutionFilter.ALL));
        Set<String> before = Set.copyOf(told.executions.keySet());
        List<String> replayed = new ArrayList<>();
        c.until(m -> {
            if (m instanceof ServerMessage.ExecDetails x && x.reqId() == 7) {
                replayed.add(x.execution().execId());
            }
            return m instanceof ServerMessage.ExecDetailsEnd e && e.reqId() == 7;
        }); // the ledger checks a known execution's fields are the same
        assertEquals(replayed.size(), Set.copyOf(replayed).size(), label + "an execution replayed twice");
        assertTrue(replayed.containsAll(before), label + "acknowledged executions missing after the restart");
        assertEquals(told.executions.keySet(), told.commissions.keySet(), label + "executions without their commission");
        for (int id : told.working()) {
            assertTrue(open.containsKey(id) || told.shares(id) >= told.sent.get(id).qty - 1e-9,
                    label + "order " + id + " was working and is neither open on connect nor filled");
        }
        c.send(new ClientMessage.ReqPositions());
        Map<String, Double> positions = new TreeMap<>();
        c.until(m -> {
            if (m instanceof ServerMessage.Position p && p.position() != 0) {
                positions.merge(p.account(), p.position(), Double::sum);
            }
            return m instanceof ServerMessage.PositionEnd;
        });
        assertEquals(told.positions(), positions, label + "positions per account");
        Map<String, Double> cash = told.cash();
        for (String a : ACCOUNTS) {
            c.send(new ClientMessage.ReqAccountUpdates(true, a));
            double[] total = {Double.NaN};
            c.until(m -> {
                if (m instanceof ServerMessage.UpdateAccountValue v && v.key().equals("TotalCashValue")
                        && v.accountName().equals(a)) {
                    total[0] = Double.parseDouble(v.value());
                }
                return m instanceof ServerMessage.AccountDownloadEnd e && e.accountName().equals(a);
            });
            c.send(new ClientMessage.ReqAccountUpdates(false, a));
            assertEquals(cash.getOrDefault(a, START_CASH), total[0], 0.005 + 1e-6, label + a + ": TotalCashValue");
        }
    }

    /**
     * The file as the kill left it (copied with its WAL, so the next gateway meets the original): the
     * invariants, every acknowledged execution with its fields and commission, every acknowledged order
     * state, no order the test did not place. Returns the executions the client had not heard of.
     */
    private static int fileHoldsWhatWasAcknowledged(Path state, Path copy, Ledger told, String label) throws Exception {
        Files.deleteIfExists(Path.of(copy + "-wal"));
        Files.copy(state, copy, StandardCopyOption.REPLACE_EXISTING);
        if (Files.exists(Path.of(state + "-wal"))) {
            Files.copy(Path.of(state + "-wal"), Path.of(copy + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            GatewayCrashConsistencyTest.invariants(copy, new long[3]);
        } catch (AssertionError e) {
            fail(label + e.getMessage(), e);
        }
        int unknown = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = db.createStatement()) {
            Map<String, List<Object>> rows = new HashMap<>(); // per execution: order id, permId, side, shares, price, account
            Map<String, Double> commissions = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT exec_id, order_id, perm_id, side, shares, price, account, commission"
                    + " FROM executions")) {
                while (r.next()) {
                    rows.put(r.getString(1), List.of(r.getInt(2), r.getLong(3), r.getString(4), r.getDouble(5),
                            r.getDouble(6), r.getString(7)));
                    commissions.put(r.getString(1), r.getDouble(8));
                }
            }
            for (Execution e : told.executions.values()) {
                List<Object> row = rows.get(e.execId());
                assertNotNull(row, label + "acknowledged execution " + e.execId() + " (" + e.acctNumber()
                        + ") is not in the file");
                assertEquals(List.of(e.orderId(), e.permId(), e.side(), e.shares(), e.price(), e.acctNumber()), row,
                        label + "execution " + e.execId());
                Double commission = told.commissions.get(e.execId());
                if (commission != null) {
                    assertEquals(commission, commissions.get(e.execId()), 1e-9, label + "commission of " + e.execId());
                }
            }
            unknown = rows.size() - told.executions.size();
            try (ResultSet r = s.executeQuery("SELECT order_id, account, action, qty, order_type, lmt, status, filled"
                    + " FROM orders WHERE client_id = " + Client.ID)) {
                while (r.next()) {
                    int id = r.getInt(1);
                    Sent sent = told.sent.get(id);
                    assertNotNull(sent, label + "order " + id + " in the file was never placed");
                    assertEquals(sent.summary(), new Sent(id, r.getString(2), r.getString(3), r.getDouble(4),
                            r.getString(5), r.getDouble(6)).summary(), label + "order " + id);
                    String was = told.status.get(id);
                    String now = r.getString(7);
                    if (was == null) {
                        continue; // placed, not acknowledged: may or may not be there
                    }
                    boolean filledSince = now.equals("Filled") && Math.abs(r.getDouble(8) - sent.qty) < 1e-9;
                    assertTrue(was.equals(now) || WORKING.contains(was) && (WORKING.contains(now) || filledSince),
                            label + "order " + id + " was acknowledged " + was + ", the file says " + now);
                }
            }
            for (int id : told.status.keySet()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM orders WHERE client_id = " + Client.ID
                        + " AND order_id = " + id)) {
                    r.next();
                    assertEquals(1, r.getInt(1), label + "acknowledged order " + id + " in the file");
                }
            }
        }
        return unknown;
    }

    /** An order as the test placed it. */
    private record Sent(int id, String account, String action, double qty, String type, double lmt) {

        static Sent market(String account, String action, double qty) {
            return new Sent(0, account, action, qty, "MKT", 0);
        }

        static Sent limit(String account, double qty, double lmt) {
            return new Sent(0, account, "BUY", qty, "LMT", lmt);
        }

        static Sent of(Order o) {
            return new Sent(o.orderId(), o.account(), o.action(), o.totalQuantity(), o.orderType(), o.lmtPrice());
        }

        Sent withId(int v) {
            return new Sent(v, account, action, qty, type, lmt);
        }

        String summary() {
            return account + " " + action + " " + qty + " " + type + (type.equals("LMT") ? " @" + lmt : "");
        }

        Order order() {
            Order.Builder b = Order.builder().account(account).action(action).totalQuantity(qty).orderType(type);
            return type.equals("LMT") ? b.lmtPrice(lmt).tif("GTC").build() : b.build();
        }
    }

    /** What the client was told, over every run: each execution (checked equal when told again), commission and order status. */
    private static final class Ledger {
        final Map<Integer, Sent> sent = new LinkedHashMap<>();
        final Map<String, Execution> executions = new LinkedHashMap<>();
        final Map<String, Double> commissions = new HashMap<>();
        final Map<Integer, String> status = new TreeMap<>();
        private final Map<Integer, Double> filled = new HashMap<>();
        private final Set<Integer> unfilledMarkets = new java.util.TreeSet<>();
        int liveThisRun;

        void newRun() {
            liveThisRun = 0;
        }

        void take(ServerMessage m) {
            if (m instanceof ServerMessage.ExecDetails x) {
                Execution e = x.execution();
                Execution before = executions.putIfAbsent(e.execId(), e);
                if (before != null) {
                    assertEquals(before, e, "execution " + e.execId() + " told again");
                } else {
                    liveThisRun += x.reqId() == -1 ? 1 : 0;
                    double now = filled.merge(e.orderId(), e.shares(), Double::sum);
                    Sent s = sent.get(e.orderId());
                    if (s != null && now >= s.qty - 1e-9) {
                        unfilledMarkets.remove(s.id);
                    }
                }
            } else if (m instanceof ServerMessage.CommissionReport r) {
                Double before = commissions.putIfAbsent(r.execId(), r.commission());
                assertTrue(before == null || before == r.commission(), "commission of " + r.execId() + " told again");
            } else if (m instanceof ServerMessage.OpenOrder o) {
                status.put(o.order().orderId(), o.state().status());
            } else if (m instanceof ServerMessage.OrderStatus s) {
                status.put(s.orderId(), s.status());
            } else if (m instanceof ServerMessage.ErrorMsg e && e.code() < 2000 && e.code() != 202) {
                fail("error " + e.code() + ": " + e.message()); // 202: a cancel's confirmation; 21xx: farm notices
            }
        }

        double shares(int orderId) {
            return filled.getOrDefault(orderId, 0.0);
        }

        void placed(Sent s) {
            sent.put(s.id, s);
            if (s.type.equals("MKT")) {
                unfilledMarkets.add(s.id);
            }
        }

        boolean everyMarketOrderFilled() {
            return unfilledMarkets.isEmpty();
        }

        boolean partlyFilledLinkedOrder() {
            for (int id : unfilledMarkets) {
                if (!sent.get(id).account.equals(ACCOUNTS.get(0)) && shares(id) > 0) {
                    return true;
                }
            }
            return false;
        }

        Map<String, Integer> perAccount() {
            Map<String, Integer> n = new TreeMap<>();
            executions.values().forEach(e -> n.merge(e.acctNumber(), 1, Integer::sum));
            return n;
        }

        List<Integer> working() {
            return status.entrySet().stream().filter(e -> WORKING.contains(e.getValue())).map(Map.Entry::getKey).toList();
        }

        Map<String, Double> positions() {
            Map<String, Double> p = new TreeMap<>();
            for (Execution e : executions.values()) {
                p.merge(e.acctNumber(), e.side().equals("BOT") ? e.shares() : -e.shares(), Double::sum);
            }
            p.values().removeIf(v -> v == 0);
            return p;
        }

        /** Per account: the starting cash less its executions' cost and commission. */
        Map<String, Double> cash() {
            Map<String, Double> c = new TreeMap<>();
            for (Execution e : executions.values()) {
                double signed = e.side().equals("BOT") ? e.shares() : -e.shares();
                c.merge(e.acctNumber(), -(signed * e.price() + commissions.getOrDefault(e.execId(), 0.0)), Double::sum);
            }
            c.replaceAll((a, spent) -> Math.round((START_CASH + spent) * 1e6) / 1e6);
            return c;
        }
    }

    /** The test's TWS client: every message it reads goes to the ledger. Test thread only. */
    private static final class Client implements AutoCloseable {
        static final int ID = 1;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final int version;
        private final Ledger told;
        private int nextId;
        final Map<Integer, ServerMessage.OpenOrder> openOnConnect = new TreeMap<>();
        private boolean connected;

        Client(int port, Ledger told) throws IOException {
            this.told = told;
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            Framing.writeClientHello(out, VersionRange.parse("v176..187"));
            out.flush();
            version = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
            send(new ClientMessage.StartApi(ID, ""));
        }

        void send(ClientMessage m) throws IOException {
            FieldWriter w = new FieldWriter();
            m.write(w, version);
            w.writeFrame(out);
            out.flush();
        }

        void order(Sent s) throws IOException {
            Sent placed = s.withId(nextId++);
            told.placed(placed);
            send(new ClientMessage.PlaceOrder(placed.id, AAPL, placed.order()));
        }

        /** Reads until a message passes {@code test}; the connection must stay open. */
        void until(Predicate<ServerMessage> test) throws IOException {
            while (true) {
                ServerMessage m = read();
                if (m == null) {
                    throw new IOException("the gateway closed the connection");
                }
                if (test.test(m)) {
                    return;
                }
            }
        }

        /** Reads until the (killed) gateway's connection ends. */
        void drain() throws IOException {
            try {
                while (read() != null) {
                    // every message goes to the ledger
                }
            } catch (SocketException reset) {
                // ended by the kill
            }
        }

        private ServerMessage read() throws IOException {
            byte[] p = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
            if (p == null) {
                return null;
            }
            ServerMessage m = ServerMessage.read(new FieldReader(p), version);
            told.take(m);
            if (m instanceof ServerMessage.NextValidId id) {
                nextId = Math.max(nextId, id.orderId());
            } else if (m instanceof ServerMessage.OpenOrder o && !connected) {
                openOnConnect.put(o.order().orderId(), o);
            } else if (m instanceof ServerMessage.OpenOrderEnd) {
                connected = true;
            }
            return m;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A {@link GatewayKillChild} process. Test thread, and one thread reading its output. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final Writer stdin;
        private final Thread reader;
        final int port;
        volatile long lastStep;

        private Child(Process process, BufferedReader stdout, int port) {
            this.process = process;
            this.port = port;
            stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = stdout.readLine()) != null) {
                        if (line.startsWith("STEP ")) {
                            lastStep = Long.parseLong(line.substring(5));
                        }
                    }
                } catch (IOException e) {
                    // the child ended
                }
            }, "gateway-kill-child-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path dir, Path state, Instant at, int run) throws IOException {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path err = dir.resolve("child" + run + ".err");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                    "-cp", cp, GatewayKillChild.class.getName(), state.toString(), at.toString())
                    .redirectError(err.toFile()).start();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = stdout.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                p.destroyForcibly();
                fail("the gateway child did not start (" + line + "): " + Files.readString(err));
            }
            return new Child(p, stdout, Integer.parseInt(line.substring(5)));
        }

        void run() throws IOException {
            stdin.write("run\n");
            stdin.flush();
        }

        /** SIGKILL, then waits for the process and its output's end. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the killed child did not end");
            reader.join(TimeUnit.SECONDS.toMillis(20));
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }
}
