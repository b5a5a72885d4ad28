package org.bt4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bt4j.broker.CommInfo;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.Position;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.it.Await;
import org.bt4j.ib.journal.JournalExecution;
import org.bt4j.ib.journal.JournalOrder;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.order.ExecType;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.reliability.FaultRig.DeliveredBar;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix for orders: an {@link IbBroker} with a {@link SqliteOrderJournal} trades through
 * the simulated gateway (participation 0.2 %, so every order fills in parts over tens of seconds)
 * while one fault strikes at a seeded moment: connectivity lost with data maintained or lost, a
 * farm down, the socket dropped, every reply slowed by 2 s, the gateway killed and restarted from
 * its state file (trading the primary account, or a linked one). Four orders work across it — market and limit,
 * buys and sells, so cash moves both ways. Afterwards every order is complete, each execution
 * reached the strategy exactly once (its delivered shares and commission equal the gateway's for
 * that order, one journal row per delivered fill), the journal has no working order left, the
 * broker's position and cash equal the gateway's (cash as IB reports it, to the cent), and no
 * client thread or gateway connection outlives the store. The same with commission reports 10 s
 * late or lost for good: every fill is delivered after the broker's 5 s timeout with an estimated
 * commission, and a late report corrects it (journal and {@link IbBroker#commissionCorrection})
 * without a second delivery. Under {@code -Psoak} every fault runs with 20 seeds.
 */
class FaultFillsTest {

    private static final boolean SOAK = Boolean.getBoolean("bt4j.soak");
    static final String RESTART = "gateway restart";
    /** The restart while the broker trades a linked account of the gateway ({@link #LINKED}). */
    static final String RESTART_LINKED = RESTART + " (linked account)";
    static final String LINKED = "DU7654321";
    private static final String[] FAULTS = {"connloss 20s maintained", "connloss 20s lost", "farm hmds 15s",
        "farm market 15s", "drop", "delay 2s", RESTART, RESTART_LINKED};

    @TempDir
    Path dir;

    /** The estimate of a late commission: 0.5 cent a share (IB's fixed rate without its minimum). */
    private static final CommInfo ESTIMATE = CommInfo.builder().commission(0.005).commType(CommInfo.CommType.FIXED).build();

    static Stream<Arguments> faults() {
        return seeded(FAULTS, 200);
    }

    static Stream<Arguments> commissionFaults() {
        return seeded(new String[] {"commdelay 10s", "nocomm"}, 400);
    }

    private static Stream<Arguments> seeded(String[] faults, int firstClientId) {
        return IntStream.range(0, faults.length).boxed().flatMap(f -> IntStream.range(0, SOAK ? 20 : 1)
                .mapToObj(seed -> Arguments.of(faults[f], seed, firstClientId + 20 * f + seed)));
    }

    /** A store, its feed, a journaling broker, and every order notification the strategy got. */
    static final class Trader {
        final FaultRig rig;
        final IbStore store;
        final IbData data;
        final IbBroker broker;
        final OrderJournal journal;
        final int clientId;
        final List<List<DeliveredBar>> bars = List.of(new ArrayList<>());
        final List<Order> notes = new ArrayList<>();
        final double startCash;

        Trader(FaultRig rig, int clientId, int reconnect, OrderJournal journal, java.util.function.UnaryOperator<IbBroker> setup)
                throws InterruptedException {
            this(rig, clientId, reconnect, journal, setup, null);
        }

        /** A trader of {@code account}, one of the gateway's managed accounts (null: the first). */
        Trader(FaultRig rig, int clientId, int reconnect, OrderJournal journal, java.util.function.UnaryOperator<IbBroker> setup,
               String account) throws InterruptedException {
            this.rig = rig;
            this.clientId = clientId;
            this.journal = journal;
            store = rig.store(clientId, reconnect).account(account);
            data = rig.feed(store, FaultRig.TWTR, IbDataParams.of().backfillStart(false));
            data.start();
            rig.run(Duration.ofSeconds(10), List.of(data), bars);
            broker = setup.apply(new IbBroker(store).journal(journal));
            broker.start(List.of(data));
            startCash = broker.getCash();
            assertTrue(startCash > 0, "cash from the account download");
        }

        /** Runs for {@code d} of virtual time; the broker takes what arrives and the notifications are kept. */
        void run(Duration d) {
            rig.run(d, List.of(data), bars, broker::nextDueNanos, this::drain);
        }

        void drain() {
            broker.next();
            Order o;
            while ((o = broker.nextNotification()) != null) {
                notes.add(o);
                broker.notified(o); // as the engine does once notifyOrder returned
            }
        }

        List<ExecutionBit> fills(int ref) {
            List<ExecutionBit> out = new ArrayList<>();
            for (Order o : notes) {
                if (o.ref() == ref) {
                    out.addAll(o.executed().pending());
                }
            }
            return out;
        }

        long completions(int ref) {
            return notes.stream().filter(o -> o.ref() == ref && o.status() == OrderStatus.Completed).count();
        }

        /** The gateway's order behind {@code o}. */
        SimOrder gatewayOrder(Order o) {
            int ibId = broker.ibOrder(o.ref()).orderId();
            return rig.gw.engine().call(() -> rig.gw.engine().matching().order(clientId, ibId));
        }

        boolean allDoneAtTheGateway(List<Order> orders) {
            return orders.stream().allMatch(o -> {
                SimOrder s = gatewayOrder(o);
                return s != null && s.status().isDone();
            });
        }

        /** {@code read} of the gateway's account this trader trades, on the gateway thread. */
        <T> T gatewayAccount(java.util.function.Function<Account, T> read) {
            String code = store.account();
            return rig.gw.engine().call(() -> read.apply(rig.gw.engine().matching().account(code)));
        }

        double gatewayPosition() {
            int conId = data.tradeContract().conId();
            Position p = gatewayAccount(a -> a.position(conId));
            return p == null ? 0.0 : p.quantity();
        }

        /** The gateway's cash as its account updates report it (IB sends account values with 2 decimals). */
        double gatewayReportedCash() {
            double cash = gatewayAccount(Account::cash);
            return Double.parseDouble(String.format(Locale.ROOT, "%.2f", cash));
        }
    }

    @ParameterizedTest(name = "{0} (seed {1})")
    @MethodSource("faults")
    void everyFillOnceAndCashAndPositionEqualTheGatewaysThroughAFault(String fault, int seed, int clientId)
            throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean linked = RESTART_LINKED.equals(fault);
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", dir.resolve("gw.db"), b -> {
                 b.participation(0.002).bookLevels(1);
                 if (linked) {
                     b.linkedAccount(LINKED);
                 }
             });
             OrderJournal journal = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            Trader t = new Trader(rig, clientId, fault.startsWith(RESTART) ? -1 : 20, journal, b -> b, linked ? LINKED : null);
            List<Order> orders = placeFourOrders(t);
            t.run(Duration.ofMillis(2_000 + 250L * rnd.nextInt(12)));
            strike(t, fault);
            runUntilFilled(t, orders, fault, Duration.ofSeconds(10));
            assertExactlyOnceAndEqualToTheGateway(t, orders, fault, true);
            if (linked) {
                assertEquals(LINKED, t.store.account());
                assertEquals("1000000.0 []", rig.gw.engine().call(() -> rig.gw.engine().account().cash() + " "
                        + rig.gw.engine().account().positions()), fault + ": nothing went to the primary account");
            }
            stopAndAssertNothingLeft(t);
        }
    }

    @ParameterizedTest(name = "{0} (seed {1})")
    @MethodSource("commissionFaults")
    void lateOrLostCommissionReportsStillDeliverEveryFillOnceAndLateOnesCorrectIt(String fault, int seed, int clientId)
            throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean lost = fault.startsWith("nocomm");
        try (FaultRig rig = new FaultRig("2024-01-05T15:00:00Z", null, b -> b.participation(0.002).bookLevels(1));
             OrderJournal journal = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            Trader t = new Trader(rig, clientId, 20, journal,
                    b -> b.commissionTimeout(Duration.ofSeconds(5)).commissionEstimate(ESTIMATE));
            t.run(Duration.ofMillis(250L * rnd.nextInt(8)));
            rig.inject(fault); // from before the first fill to the end
            List<Order> orders = placeFourOrders(t);
            t.run(Duration.ofSeconds(4));
            assertTrue(orders.stream().allMatch(o -> t.fills(o.ref()).isEmpty()),
                    fault + ": nothing is delivered before the 5 s timeout");
            assertTrue(orders.stream().anyMatch(o -> t.gatewayOrder(o).filled() > 0), fault + ": though fills were made");
            runUntilFilled(t, orders, fault, Duration.ofSeconds(15)); // the last late reports arrive
            for (Order o : orders) {
                double shares = Math.abs(o.size());
                double delivered = t.fills(o.ref()).stream().mapToDouble(ExecutionBit::comm).sum();
                assertEquals(shares * 0.005, delivered, 1e-9, fault + ": order " + o.ref() + " got the estimates");
                JournalOrder jo = t.journal.byIbOrderId(t.clientId, t.gatewayOrder(o).orderId()).orElseThrow();
                for (JournalExecution r : t.journal.executions(jo.key())) {
                    assertTrue(r.estimated(), fault + ": " + r);
                    assertEquals(lost, Double.isNaN(r.commission()), fault + ": a report " + (lost ? "came" : "is missing")
                            + " for " + r);
                }
                if (lost) {
                    assertEquals(0.0, t.broker.commissionCorrection(o.ref()), fault + ": nothing to correct with");
                }
            }
            assertExactlyOnceAndEqualToTheGateway(t, orders, fault, !lost);
            stopAndAssertNothingLeft(t);
        }
    }

    /** Market and marketable-limit orders on both sides, 130 shares in all; nothing fills at once at 0.2 %. */
    static List<Order> placeFourOrders(Trader t) {
        double last = t.data.close().get(0);
        double up = Math.round(last * 1.01 * 100) / 100.0;
        double down = Math.round(last * 0.99 * 100) / 100.0;
        List<Order> orders = List.of(
                t.broker.buy(null, t.data, 60, OrderArgs.of()),
                t.broker.buy(null, t.data, 30, OrderArgs.of().exectype(ExecType.Limit).price(up)),
                t.broker.sell(null, t.data, 25, OrderArgs.of()),
                t.broker.sell(null, t.data, 15, OrderArgs.of().exectype(ExecType.Limit).price(down)));
        t.drain();
        return orders;
    }

    /** Applies {@code fault} now (for the restart: the gateway is down for 10 s of virtual time). */
    static void strike(Trader t, String fault) throws InterruptedException {
        FaultRig rig = t.rig;
        if (fault.startsWith(RESTART)) {
            int port = rig.port();
            rig.stopGateway();
            rig.pass(Duration.ofSeconds(10)); // the store retries meanwhile
            rig.startGateway(port);
        } else {
            rig.inject(fault.equals("drop") ? "drop " + t.clientId : fault);
        }
    }

    /** Runs until the gateway has filled every order, then lets the last messages arrive. */
    static void runUntilFilled(Trader t, List<Order> orders, String fault, Duration settle) throws InterruptedException {
        t.run(Duration.ofSeconds(30));
        for (int i = 0; i < 30 && !t.allDoneAtTheGateway(orders); i++) {
            t.run(Duration.ofSeconds(5));
        }
        assertTrue(t.allDoneAtTheGateway(orders), fault + ": the gateway did not fill every order");
        if (fault.startsWith("delay")) {
            t.rig.inject("delay 0");
        }
        t.run(settle); // the last messages arrive (delayed replies, late commission reports)
    }

    /**
     * Every fill once, journaled once, position and cash equal to the gateway's; with
     * {@code reported} (every commission report arrived, maybe late) the commissions too: what the
     * strategy got plus the broker's correction, and the journal's, equal the gateway's per order.
     */
    static void assertExactlyOnceAndEqualToTheGateway(Trader t, List<Order> orders, String fault, boolean reported) {
        double delivered = 0;
        for (Order o : orders) {
            String what = fault + ": order " + o.ref();
            SimOrder g = t.gatewayOrder(o);
            List<ExecutionBit> fills = t.fills(o.ref());
            double shares = fills.stream().mapToDouble(b -> Math.abs(b.size())).sum();
            assertEquals(g.filled(), shares, 1e-9, what + ": delivered shares vs the gateway's filled");
            assertEquals(o.size(), o.isBuy() ? shares : -shares, 1e-9, what + ": every share");
            assertEquals(1, t.completions(o.ref()), what + ": completed once");
            double comm = fills.stream().mapToDouble(ExecutionBit::comm).sum();
            if (reported) {
                assertEquals(g.commission(), comm + t.broker.commissionCorrection(o.ref()), 1e-6,
                        what + ": delivered commission (+ corrections) vs the gateway's");
                assertEquals(g.commission(), o.executed().comm(), 1e-6, what + ": the order's commission, corrected");
            }
            JournalOrder jo = t.journal.byIbOrderId(t.clientId, g.orderId()).orElseThrow();
            assertEquals("Filled", jo.status(), what);
            List<JournalExecution> rows = t.journal.executions(jo.key());
            assertEquals(fills.size(), rows.size(), what + ": one journal row per delivered fill");
            Set<String> ids = new HashSet<>();
            rows.forEach(r -> assertTrue(ids.add(r.execId()), what + ": execId twice " + r.execId()));
            assertEquals(g.filled(), rows.stream().mapToDouble(JournalExecution::shares).sum(), 1e-9, what);
            assertEquals(comm, rows.stream().mapToDouble(JournalExecution::deliveredCommission).sum(), 1e-9, what);
            if (reported) {
                assertEquals(g.commission(), rows.stream().mapToDouble(JournalExecution::commission).sum(), 1e-6, what);
            }
            delivered += fills.size();
        }
        assertTrue(delivered >= 8, fault + ": the orders should fill in parts, got " + delivered + " fills");
        assertEquals(List.of(), t.journal.workingOrders(), fault + ": no working order left in the journal");
        assertEquals(t.gatewayPosition(), t.broker.getPosition(t.data).size(), 1e-9, fault + ": position");
        assertEquals(t.gatewayReportedCash(), t.broker.getCash(), 0.0, fault + ": cash");
        // and the fills the strategy got account for every cent the gateway's cash moved
        // (with a report lost, the commission the gateway charged stands in for the one never reported)
        double ledger = t.startCash;
        for (Order o : orders) {
            for (ExecutionBit b : t.fills(o.ref())) {
                ledger -= b.size() * b.price() + (reported ? b.comm() : 0.0);
            }
            ledger -= reported ? t.broker.commissionCorrection(o.ref()) : t.gatewayOrder(o).commission();
        }
        double gwCash = t.gatewayAccount(Account::cash);
        assertEquals(gwCash, ledger, 1e-6, fault + ": starting cash minus the delivered fills vs the gateway's cash");
    }

    /** Stops the store: its threads end and the gateway's connection count returns to zero. */
    static void stopAndAssertNothingLeft(Trader t) throws InterruptedException {
        t.data.stop();
        t.store.stop();
        FaultRig.assertNoThreadsLeft(t.clientId);
        Await.until(() -> t.rig.gw.connectedSessions() == 0, 5, "connections left open at the gateway: "
                + t.rig.gw.connectedSessions());
    }
}
