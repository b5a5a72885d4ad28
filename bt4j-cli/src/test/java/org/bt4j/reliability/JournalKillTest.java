package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.fault.FaultSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 20's journal gaps, each with a real kill -9 of a real child ({@link JournalKillChild}: store,
 * feed, broker and journal) at the exact moment the gap needs, against a gateway in this JVM on the
 * wall clock with a state file; the oracle is the gateway: its orders and its executions table.
 * <ul>
 * <li>killed after the order is journaled but before {@code placeOrder} went out, or right after
 * it was handed to the socket: the restarted broker rejects it once if and only if the gateway has
 * no such order, and no later run re-attaches it;
 * <li>killed after IB said Cancelled (a cancel the test asked for, or the expiry of a GTD order)
 * while the last executions' commission reports were still on their way (so the journal had the
 * end but not those fills): the restarted broker delivers the fills and then Canceled, or Expired,
 * once;
 * <li>killed after its order reached the gateway, which cancelled it, while its broker heard
 * nothing of it: the restarted broker ends it Canceled once from the completed orders list;
 * <li>killed while its order rested at a gateway that is then replaced by one that never had it
 * (a TWS that forgot the order): the restarted broker ends it Canceled once, and no later run
 * re-attaches it;
 * <li>killed after a fill's {@code notifyOrder} returned but before its delivery was journaled:
 * the fill is notified again after the restart with the same IB execution id, and the restarted
 * order and position count it once.
 * </ul>
 * Linux only (SIGKILL through {@code destroyForcibly}). The tests run side by side (each its own
 * gateway on an ephemeral port, temporary folder, journal and children): they wait on 5-second bars
 * far more than they compute.
 */
@Execution(ExecutionMode.CONCURRENT)
class JournalKillTest {

    private static final int CLIENT = 9;

    private static Gateway gateway(Path dir) {
        return gatewayOn(dir.resolve("gateway.db"));
    }

    /** A gateway keeping its state in {@code state}. */
    private static Gateway gatewayOn(Path state) {
        return Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).statePath(state).seed(9)
                .instrument(IbtestKillTest.ALWAYS).followHours(false).participation(0.02).bookLevels(1).build());
    }

    private static ChildProcess child(Gateway gw, Path dir, String name, String mode, double size) throws Exception {
        return ChildProcess.java(JournalKillChild.class.getName(), List.of(Integer.toString(gw.port()),
                Integer.toString(CLIENT), dir.resolve("orders.db").toString(), mode, Double.toString(size)),
                dir.resolve(name + ".out"), dir.resolve(name + ".err"));
    }

    /** The gateway's order {@code ibId} of our client id, or null if it never received it. */
    private static SimOrder gatewayOrder(Gateway gw, int ibId) {
        gw.sync();
        return gw.engine().call(() -> gw.engine().matching().order(CLIENT, ibId));
    }

    /**
     * The output of a child {@code name} on the journal that re-attaches, up to its second bar after
     * it printed a line starting with {@code note}.
     */
    private static List<String> restartUntil(Gateway gw, Path dir, String name, String note) throws Exception {
        ChildProcess b = child(gw, dir, name, "watch", 0);
        try {
            b.await(l -> l.startsWith(note), 90);
            b.await(l -> l.equals("BAR 2"), 60);
            return b.lines();
        } finally {
            b.kill();
        }
    }

    /** A last child on the journal re-attaches nothing: no notification up to its second bar. */
    private static void aLastRunReattachesNothing(Gateway gw, Path dir) throws Exception {
        ChildProcess c = child(gw, dir, "last", "watch", 0);
        try {
            c.await(l -> l.equals("BAR 2"), 60);
            assertEquals(0, count(c.lines(), "NOTE "), "a last run has nothing to re-attach: " + c.lines());
        } finally {
            c.kill();
        }
    }

    /** The number after {@code prefix} in {@code line} ("JOURNALED 12" → 12). */
    private static int idIn(String line, String prefix) {
        return Integer.parseInt(line.substring(prefix.length()).trim().split(" ")[0]);
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void anOrderKilledBeforeOrJustAfterPlaceOrderWentOutEndsAsTheGatewayKnowsIt(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        int lives = Boolean.getBoolean("bt4j.soak") ? 8 : 2;
        int rejected = 0;
        int reached = 0;
        try (Gateway gw = gateway(dir)) {
            for (int life = 0; life < lives; life++) {
                boolean unsent = life % 2 == 0;
                int ref = life + 1;
                ChildProcess a = child(gw, dir, "placer-" + life, unsent ? "unsent" : "sent", 100);
                int ibId;
                try {
                    ibId = idIn(a.await(l -> l.startsWith(unsent ? "JOURNALED " : "SENT "), 90),
                            unsent ? "JOURNALED " : "SENT ");
                } finally {
                    a.kill();
                }
                ChildProcess b = child(gw, dir, "restart-" + life, "watch", 0);
                List<String> lines;
                SimOrder atGateway;
                try {
                    String verdict = b.await(l -> l.startsWith("NOTE " + ref + " Rejected")
                            || l.startsWith("NOTE " + ref + " Completed"), 90);
                    // the restarted child holds client id 9, so the gateway has read all the killed one sent
                    atGateway = gatewayOrder(gw, ibId);
                    if (unsent) {
                        assertNull(atGateway, "placeOrder never left the killed child");
                    }
                    b.await(l -> l.equals("BAR 2"), 60); // a later point: nothing more comes for it
                    lines = b.lines();
                    if (atGateway == null) {
                        assertTrue(verdict.startsWith("NOTE " + ref + " Rejected"), verdict);
                        assertTrue(lines.contains("WARN order " + ref + " (IB id " + ibId + ") rejected: TWS never received it"
                                + " (no open order, completed order or execution of it after the connection)"), lines.toString());
                        rejected++;
                    } else {
                        assertTrue(verdict.startsWith("NOTE " + ref + " Completed 100.0"), verdict);
                        reached++;
                    }
                } finally {
                    b.kill();
                }
                assertEquals(1, count(lines, "NOTE " + ref + " Submitted"), "re-attached once: " + lines);
                assertEquals(1, count(lines, "NOTE " + ref + " Rejected") + count(lines, "NOTE " + ref + " Completed"),
                        "one end: " + lines);
                for (int earlier = 1; earlier < ref; earlier++) {
                    assertEquals(0, count(lines, "NOTE " + earlier + " "), "order " + earlier + " is not re-attached again");
                }
                if (atGateway == null) {
                    assertNull(gatewayOrder(gw, ibId), "and the gateway never got it later either");
                }
            }
            aLastRunReattachesNothing(gw, dir);
        }
        System.out.printf("journal kill test, placeOrder: %d kills, %d orders the gateway never got rejected, %d that"
                + " reached it completed%n", lives, rejected, reached);
        assertEquals(lives, rejected + reached);
        assertTrue(rejected >= (lives + 1) / 2, "every order killed before placeOrder went out was rejected");
    }

    @Test
    void anOrderTwsCancelledBeforeTheKilledChildHeardOfItEndsCanceledOnce(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir)
            throws Exception {
        int ibId;
        List<String> after;
        try (Gateway gw = gateway(dir)) {
            ChildProcess a = child(gw, dir, "deaf", "deaf", 100);
            try {
                ibId = idIn(a.await(l -> l.startsWith("IBSTATUS ") && l.contains(" Submitted "), 90), "IBSTATUS ");
                int id = ibId;
                gw.engine().call(() -> { // cancelled in TWS before any status of it reached bt4j
                    gw.engine().matching().cancel(CLIENT, id, gw.engine().now());
                    return null;
                });
                a.await(l -> l.startsWith("IBSTATUS " + id + " Cancelled"), 60);
                assertEquals(List.of("NOTE 1 Submitted 0.0 0.0"), a.lines().stream().filter(l -> l.startsWith("NOTE ")).toList(),
                        "its broker heard nothing of the order");
            } finally {
                a.kill();
            }
            after = restartUntil(gw, dir, "restart", "NOTE 1 Canceled");
            aLastRunReattachesNothing(gw, dir);
        }
        assertEquals("Cancelled", gatewayOrderStatus(dir.resolve("gateway.db"), ibId), "the gateway cancelled it");
        assertEquals(List.of("NOTE 1 Submitted 0.0 0.0", "NOTE 1 Canceled 0.0 0.0"),
                after.stream().filter(l -> l.startsWith("NOTE ")).toList(), "re-attached, then TWS's end once");
        assertEquals(0, count(after, "WARN "), "not taken for an order TWS never received: " + after);
        System.out.printf("journal kill test, cancelled unheard: IB id %d cancelled at the gateway before the child heard"
                + " of it; the restarted child ended it Canceled once from the completed orders list%n", ibId);
    }

    @Test
    void anOrderTwsAcknowledgedButNoLongerHasEndsCanceledOnceAfterAKill(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir)
            throws Exception {
        int ibId;
        try (Gateway gw = gatewayOn(dir.resolve("first.db"))) {
            ChildProcess a = child(gw, dir, "rester", "rest", 100);
            try {
                ibId = idIn(a.await(l -> l.startsWith("IBSTATUS ") && l.contains(" Submitted "), 90), "IBSTATUS ");
            } finally {
                a.kill();
            }
        }
        assertEquals("Submitted", gatewayOrderStatus(dir.resolve("first.db"), ibId), "the first gateway had it working");
        List<String> after;
        try (Gateway gw = gatewayOn(dir.resolve("second.db"))) { // a TWS that has forgotten it: a new paper account
            after = restartUntil(gw, dir, "restart", "NOTE 1 Canceled");
            assertNull(gatewayOrderStatus(dir.resolve("second.db"), ibId), "the second gateway never had it");
            aLastRunReattachesNothing(gw, dir);
        }
        assertEquals(List.of("NOTE 1 Accepted 0.0 0.0", "NOTE 1 Canceled 0.0 0.0"),
                after.stream().filter(l -> l.startsWith("NOTE ")).toList(), "re-attached, then ended once");
        assertTrue(after.stream().anyMatch(l -> l.startsWith("WARN order 1 (IB id " + ibId + ", perm id ")
                && l.contains(") Canceled: TWS no longer has it")), after.toString());
        System.out.printf("journal kill test, forgotten order: IB id %d Submitted at the first gateway, unknown to the"
                + " second; the restarted child ended it Canceled once, a last child re-attached nothing%n", ibId);
    }

    @Test
    void anOrderCancelledWhileItsLastExecutionsWereOnTheirWayEndsCanceledAfterThemAcrossAKill(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        endedWhileItsLastExecutionsWereOnTheirWay(dir, "cancel", "Canceled");
    }

    @Test
    void anOrderTwsCancelledWithFillsBeforeTheKilledChildHeardOfItEndsCanceledAfterThem(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        endedWhileItsLastExecutionsWereOnTheirWay(dir, "deaffill", "Canceled");
    }

    @Test
    void aGtdOrderIbExpiredWhileItsLastExecutionsWereOnTheirWayEndsExpiredAfterThemAcrossAKill(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        endedWhileItsLastExecutionsWereOnTheirWay(dir, "expire", "Expired");
    }

    /**
     * The gateway ends the child's 5,000-share order after at least one execution while every
     * commission report is held ({@code nocomm}), so the executions have reached the child but are
     * not yet fills: in mode {@code cancel} the test cancels it after the third execution, in mode
     * {@code expire} the gateway expires it at its GTD, in mode {@code deaffill} (the child's broker
     * hears no order message of TWS) the test cancels it at the gateway after the first. The child is
     * killed once the Cancelled status reached it; a new child must notify every execution of the gateway's once as a fill,
     * then {@code end} once, after the last fill, with the gateway's filled shares.
     */
    private static void endedWhileItsLastExecutionsWereOnTheirWay(Path dir, String mode, String end) throws Exception {
        int ibId;
        SimOrder atGateway;
        List<String> before;
        List<String> after;
        try (Gateway gw = gateway(dir)) {
            gw.inject(FaultSpec.parseNow("nocomm")); // executions arrive, their commission reports do not
            ChildProcess a = child(gw, dir, mode + "-placer", mode, 5000);
            try {
                int[] seen = new int[1];
                ibId = idIn(a.await(l -> l.startsWith("IBEXEC ") && ++seen[0] == (mode.equals("cancel") ? 3 : 1), 90),
                        "IBEXEC ");
                if (mode.equals("cancel")) {
                    a.send("CANCEL");
                } else if (mode.equals("deaffill")) {
                    gw.engine().call(() -> { // cancelled in TWS; its end reaches bt4j only in the completed orders list
                        gw.engine().matching().cancel(CLIENT, ibId, gw.engine().now());
                        return null;
                    });
                }
                a.await(l -> l.startsWith("IBSTATUS " + ibId + " Cancelled"), 60);
                before = a.lines();
            } finally {
                a.kill();
            }
            gw.engine().clearFaults();
            atGateway = gatewayOrder(gw, ibId);
            assertEquals("Cancelled", atGateway.status().name(), "the gateway ended it");
            assertTrue(atGateway.filled() > 0 && atGateway.filled() < 5000, "partly filled: " + atGateway.filled());
            after = restartUntil(gw, dir, mode + "-restart", "NOTE 1 " + end);
        }
        assertEquals(0, count(before, "FILL "), "the killed child had no fill: each waited for its commission");
        Map<String, Double> executions = gatewayExecutions(dir.resolve("gateway.db"), ibId);
        Map<String, Double> fills = new TreeMap<>();
        int lastFill = -1;
        for (int i = 0; i < after.size(); i++) {
            String[] f = after.get(i).split(" ");
            if (f[0].equals("FILL")) {
                assertNull(fills.put(f[2], Double.parseDouble(f[3])), "fill " + f[2] + " once");
                lastFill = i;
            }
        }
        assertEquals(executions, fills, "every execution of the gateway's, once, as a fill");
        int ended = after.indexOf(after.stream().filter(l -> l.startsWith("NOTE 1 " + end)).findFirst().orElseThrow());
        assertTrue(ended > lastFill, end + " after the last fill: " + after);
        assertEquals(1, count(after, "NOTE 1 " + end));
        assertEquals(1, after.stream().filter(l -> l.matches("NOTE 1 (Canceled|Expired|Margin|Rejected|Completed) .*"))
                .count(), "one end: " + after);
        assertEquals("NOTE 1 " + end + " " + atGateway.filled() + " " + atGateway.filled(), after.get(ended),
                "with the gateway's filled shares, and the position they make");
        System.out.printf("journal kill test, %s: the gateway filled %.0f of 5000 shares in %d executions before"
                + " Cancelled; after the kill, %d fills then %s%n", mode, atGateway.filled(), executions.size(), fills.size(),
                end);
    }

    @Test
    void aFillWhoseDeliveryWasNotJournaledYetIsNotifiedAgainWithItsExecIdAndCountedOnce(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        List<String> before;
        List<String> after;
        String window;
        double filled;
        try (Gateway gw = gateway(dir)) {
            ChildProcess a = child(gw, dir, "window", "window", 300);
            try {
                String line = a.await(l -> l.startsWith("DELIVERING "), 90);
                window = line.substring("DELIVERING [".length(), line.length() - 1);
                before = a.lines();
            } finally {
                a.kill();
            }
            ChildProcess b = child(gw, dir, "restart", "watch", 0);
            try {
                b.await(l -> l.startsWith("NOTE 1 Completed"), 90);
                after = b.lines();
            } finally {
                b.kill();
            }
            filled = gatewayOrder(gw, idIn(before.stream().filter(l -> l.startsWith("IBEXEC ")).findFirst().orElseThrow(),
                    "IBEXEC ")).filled();
        }
        Map<String, Double> executions = gatewayExecutions(dir.resolve("gateway.db"), -1);
        List<String> notified = new ArrayList<>();
        for (List<String> out : List.of(before, after)) {
            out.stream().filter(l -> l.startsWith("FILL 1 ")).forEach(l -> notified.add(l.split(" ")[2]));
        }
        assertEquals(List.of(window), before.stream().filter(l -> l.startsWith("FILL ")).map(l -> l.split(" ")[2]).toList(),
                "the killed child's strategy saw this one fill");
        assertEquals(window, after.stream().filter(l -> l.startsWith("FILL ")).findFirst().orElseThrow().split(" ")[2],
                "it is notified again first, with the same IB execution id");
        List<String> expected = new ArrayList<>(executions.keySet());
        expected.add(window);
        assertEquals(expected.stream().sorted().toList(), notified.stream().sorted().toList(),
                "every gateway execution once, the one in the window twice");
        assertEquals(300.0, filled);
        assertEquals("NOTE 1 Completed 300.0 300.0", after.stream().filter(l -> l.startsWith("NOTE 1 Completed")).findFirst()
                .orElseThrow(), "the restarted order and position count it once");
        assertEquals(1, count(after, "NOTE 1 Completed"));
        System.out.printf("journal kill test, delivery window: %d gateway executions, %d fill notifications over the"
                + " kill (%s twice), order and position 300 after it%n", executions.size(), notified.size(), window);
    }

    /** The status of the order {@code ibId} of our client id in the gateway state file {@code state} (its own SQL), or null. */
    private static String gatewayOrderStatus(Path state, int ibId) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + state);
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT status FROM orders WHERE client_id = " + CLIENT + " AND order_id = " + ibId)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** The oracle: the gateway's executions of our client id (of IB order {@code ibId}, any if negative): execId → shares. */
    private static Map<String, Double> gatewayExecutions(Path state, int ibId) throws SQLException {
        Map<String, Double> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + state);
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT exec_id, shares FROM executions WHERE client_id = " + CLIENT
                     + (ibId < 0 ? "" : " AND order_id = " + ibId))) {
            while (r.next()) {
                out.put(r.getString(1), r.getDouble(2));
            }
        }
        return out;
    }
}
