package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.broker.Position;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IbBroker against the simulated gateway over loopback, on a virtual clock. */
class IbBrokerGatewayTest {

    private static final class Session {
        final LiveHarness h;
        final IbData data;
        final IbBroker broker;
        final List<double[]> bars = new ArrayList<>();
        final List<Order> notes = new ArrayList<>();

        Session(LiveHarness h) throws InterruptedException {
            this(h, h.store, null);
        }

        /** A feed and a broker on {@code store}, journaling in {@code journal} when not null. */
        Session(LiveHarness h, IbStore store, OrderJournal journal) throws InterruptedException {
            this.h = h;
            data = new IbData(store, "TWTR-STK-SMART-USD", IbDataParams.of().backfillStart(false)
                    .timeframe(TimeFrame.Seconds, 5).qcheck(Duration.ofMillis(20)));
            data.start();
            h.run(data, Duration.ofSeconds(10), bars);
            broker = new IbBroker(store);
            if (journal != null) {
                broker.journal(journal);
            }
            broker.start(List.of(data));
        }

        /** Every fill delivered, of every order, in delivery order. */
        List<ExecutionBit> allFills() {
            List<ExecutionBit> out = new ArrayList<>();
            for (Order o : notes) {
                out.addAll(o.executed().pending());
            }
            return out;
        }

        /** Runs the session for {@code d} of virtual time, feed and broker taking what arrives, notifications kept. */
        void run(Duration d) {
            h.run(d, () -> Math.min(data.nextCheckNanos(0, 0), broker.nextDueNanos()), () -> {
                LiveHarness.take(data, bars);
                broker.next();
                Order o;
                while ((o = broker.nextNotification()) != null) {
                    notes.add(o);
                    broker.notified(o); // as the engine does once notifyOrder returned
                }
            });
        }

        List<OrderStatus> statuses(int ref) {
            List<OrderStatus> out = new ArrayList<>();
            for (Order o : notes) {
                if (o.ref() == ref) {
                    out.add(o.status());
                }
            }
            return out;
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
    }

    private static LiveHarness harness(int clientId, double participation) {
        return new LiveHarness("2024-01-05T15:00:00Z", clientId, participation);
    }

    @Test
    void marketBuyFillsInSeveralPartsEachWithItsCommission() throws Exception {
        try (LiveHarness h = harness(31, 0.002)) {
            Session s = new Session(h);
            assertTrue(s.broker.getValue() > 0, "net liquidation from the account download");
            Order buy = s.broker.buy(null, s.data, 20, OrderArgs.of());
            s.run(Duration.ofSeconds(60));
            List<OrderStatus> st = s.statuses(buy.ref());
            assertEquals(OrderStatus.Submitted, st.get(0));
            assertEquals(OrderStatus.Accepted, st.get(1));
            assertEquals(OrderStatus.Completed, st.get(st.size() - 1));
            assertTrue(st.subList(2, st.size() - 1).stream().allMatch(x -> x == OrderStatus.Partial));
            List<ExecutionBit> fills = s.fills(buy.ref());
            assertTrue(fills.size() >= 3, "several partial fills, got " + fills.size());
            assertEquals(20.0, fills.stream().mapToDouble(ExecutionBit::size).sum(), 1e-9);
            // IB's fixed pricing: the order's minimum goes on the first fills, later ones may cost nothing
            assertTrue(fills.stream().allMatch(b -> b.comm() >= 0));
            double comm = fills.stream().mapToDouble(ExecutionBit::comm).sum();
            assertTrue(comm >= 1.0, "at least IB's minimum per order, got " + comm);
            Order last = s.notes.get(s.notes.size() - 1);
            assertEquals(comm, last.executed().comm(), 1e-12);
            assertEquals(fills.size(), last.executed().bits().size());
            assertEquals(20.0, s.broker.getPosition(s.data).size());
        }
    }

    @Test
    void fillsMadeWhileDisconnectedArriveExactlyOnce() throws Exception {
        try (LiveHarness h = harness(32, 0.002)) {
            Session s = new Session(h);
            Order buy = s.broker.buy(null, s.data, 40, OrderArgs.of());
            s.run(Duration.ofSeconds(2));
            h.gw.inject(org.bt4j.gateway.fault.FaultSpec.parseNow("drop 32"));
            s.run(Duration.ofSeconds(60));
            List<ExecutionBit> fills = s.fills(buy.ref());
            assertEquals(40.0, fills.stream().mapToDouble(ExecutionBit::size).sum(), 1e-9, "every share once");
            List<OrderStatus> st = s.statuses(buy.ref());
            assertEquals(OrderStatus.Completed, st.get(st.size() - 1));
            assertEquals(1, st.stream().filter(x -> x == OrderStatus.Completed).count());
            assertEquals(40.0, s.broker.getPosition(s.data).size());
        }
    }

    /** The gateway's own position in {@code data}'s instrument. */
    private static double gatewayPosition(LiveHarness h, IbData data) {
        int conId = data.tradeContract().conId();
        Position p = h.gw.engine().call(() -> h.gw.engine().account().position(conId));
        return p == null ? 0.0 : p.quantity();
    }

    @Test
    void withAJournalFillsArriveExactlyOnceAcrossADroppedSocket(@TempDir Path dir) throws Exception {
        try (LiveHarness h = harness(34, 0.002); OrderJournal j = SqliteOrderJournal.open(dir.resolve("j.db"))) {
            Session s = new Session(h, h.store, j);
            Order buy = s.broker.buy(null, s.data, 40, OrderArgs.of());
            s.run(Duration.ofSeconds(2));
            h.gw.inject(org.bt4j.gateway.fault.FaultSpec.parseNow("drop 34"));
            s.run(Duration.ofSeconds(60));
            List<ExecutionBit> fills = s.fills(buy.ref());
            assertEquals(40.0, fills.stream().mapToDouble(ExecutionBit::size).sum(), 1e-9, "every share once");
            assertEquals(List.of(), j.workingOrders(), "the filled order is no longer working in the journal");
            var journaled = j.executions(1);
            assertEquals(fills.size(), journaled.size(), "one journal row per delivered fill");
            assertEquals(40.0, journaled.stream().mapToDouble(x -> x.shares()).sum(), 1e-9);
            assertEquals("Filled", j.order(1).orElseThrow().status());
            assertTrue(j.order(1).orElseThrow().permId() > 0, "perm id journaled");
            assertEquals(gatewayPosition(h, s.data), s.broker.getPosition(s.data).size(), 1e-9);
        }
    }

    @Test
    void aRestartedBrokerReattachesItsOrderAndGetsEveryFillExactlyOnce(@TempDir Path dir) throws Exception {
        Path journalFile = dir.resolve("orders.db");
        try (LiveHarness h = harness(35, 0.002)) {
            OrderJournal j1 = SqliteOrderJournal.open(journalFile);
            Session s1 = new Session(h, h.store, j1);
            Order buy = s1.broker.buy(null, s1.data, 60, OrderArgs.of());
            s1.run(Duration.ofSeconds(3));
            double before = s1.fills(buy.ref()).stream().mapToDouble(ExecutionBit::size).sum();
            assertTrue(before > 0 && before < 60, "partly filled before the crash, got " + before);
            // the crash: no orderly shutdown of the broker; the socket goes, the journal's lock is released
            // (every journal call was durable when it returned, so closing adds nothing a kill would lose)
            h.stop(h.store);
            j1.close();
            h.pass(Duration.ofSeconds(20)); // the order keeps filling while bt4j is down
            double atGateway = gatewayPosition(h, s1.data);
            assertTrue(atGateway > before, "more fills happened while down: " + atGateway + " vs " + before);

            try (IbStore store2 = h.store(35, 0.2); OrderJournal j2 = SqliteOrderJournal.open(journalFile)) {
                Session s2 = new Session(h, store2, j2);
                s2.run(Duration.ofSeconds(60));
                List<OrderStatus> st = s2.statuses(buy.ref());
                assertEquals(OrderStatus.Partial, st.get(0), "re-attached with its current status: " + st);
                Order reattached = s2.notes.get(0);
                assertEquals(before, reattached.executed().size(), 1e-9, "with the fills delivered before the crash");
                assertTrue(reattached.executed().pending().isEmpty(), "which are not delivered again");
                assertEquals(OrderStatus.Completed, st.get(st.size() - 1));
                assertEquals(1, st.stream().filter(x -> x == OrderStatus.Completed).count());
                double after = s2.fills(buy.ref()).stream().mapToDouble(ExecutionBit::size).sum();
                assertEquals(60.0, before + after, 1e-9, "every share once across the restart");
                assertEquals(j2.executions(1).size(), s1.fills(buy.ref()).size() + s2.fills(buy.ref()).size());
                assertEquals(60.0, gatewayPosition(h, s2.data), 1e-9);
                assertEquals(gatewayPosition(h, s2.data), s2.broker.getPosition(s2.data).size(), 1e-9);
                Order next = s2.broker.sell(null, s2.data, 1, OrderArgs.of());
                assertEquals(buy.ref() + 1, next.ref(), "new refs follow the journal's");
            }
        }
    }
}
