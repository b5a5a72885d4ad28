package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** IbBroker against the simulated gateway over loopback, on a virtual clock. */
class IbBrokerGatewayTest {

    private static final class Session {
        final LiveHarness h;
        final IbData data;
        final IbBroker broker;
        final List<double[]> bars = new ArrayList<>();
        final List<Order> notes = new ArrayList<>();

        Session(LiveHarness h) throws InterruptedException {
            this.h = h;
            data = h.feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5, IbDataParams.of().backfillStart(false));
            data.start();
            h.run(data, Duration.ofSeconds(10), bars);
            broker = new IbBroker(h.store);
            broker.start(List.of(data));
        }

        /** Moves time, letting feed and broker consume, collecting order notifications. */
        void run(Duration d) throws InterruptedException {
            for (long i = 0; i < d.toMillis() / 250; i++) {
                h.gw.advance(Duration.ofMillis(250));
                LiveHarness.pump(data, bars);
                Thread.sleep(2);
                broker.next();
                Order o;
                while ((o = broker.nextNotification()) != null) {
                    notes.add(o);
                }
            }
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
            // the order keeps filling at the gateway while we are away
            h.gw.advance(Duration.ofSeconds(20));
            s.run(Duration.ofSeconds(60));
            List<ExecutionBit> fills = s.fills(buy.ref());
            assertEquals(40.0, fills.stream().mapToDouble(ExecutionBit::size).sum(), 1e-9, "every share once");
            List<OrderStatus> st = s.statuses(buy.ref());
            assertEquals(OrderStatus.Completed, st.get(st.size() - 1));
            assertEquals(1, st.stream().filter(x -> x == OrderStatus.Completed).count());
            assertEquals(40.0, s.broker.getPosition(s.data).size());
        }
    }
}
