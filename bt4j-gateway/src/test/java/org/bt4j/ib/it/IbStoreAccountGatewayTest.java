package org.bt4j.ib.it;

import static org.bt4j.ib.it.SimGateway.AAPL;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.Test;

/** IbStore's account tables filled by the simulated gateway: cash, value, positions, across a reconnect. */
class IbStoreAccountGatewayTest {

    static final Contract AAPL_ID = new Contract(265598, "AAPL", "STK", "", 0, "", "", "SMART", "", "USD", "", "", "", "");

    @Test
    void cashValueAndPositionsFollowFillsAndSurviveAReconnect() throws Exception {
        try (SimGateway sim = new SimGateway()) {
            IbStore store = new IbStore(new IbStoreParams("127.0.0.1", sim.gw.port(), 51, false, false, 3, 0.05, false, 60,
                    true), sim.clock);
            Inbox<StoreEvent> events = new Inbox<>(store.loop());
            store.addListener(events::add);
            try {
                assertTrue(store.start());
                store.reqAccountUpdates();
                store.reqPositions();
                LoopPump.until(store.loop(), store.accountBook()::anyDownloaded);
                assertEquals(1_000_000.0, store.getAccCash());
                assertEquals(1_000_000.0, store.getAccValue());
                assertEquals("DU1234567", store.getAccValues(null).get("AccountCode"));
                assertEquals(0, store.getPosition(AAPL_ID));

                int id = store.nextOrderId();
                store.connection().send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY")
                        .totalQuantity(500).orderType("MKT").build()));
                events.await(StoreEvent.Message.class, m -> m.message() instanceof ServerMessage.OrderStatus s
                        && s.orderId() == id && s.status().equals("Submitted"));
                sync(store, events);
                sim.advance(Duration.ofSeconds(30));
                ServerMessage.OrderStatus filled = (ServerMessage.OrderStatus) events.await(StoreEvent.Message.class,
                        m -> m.message() instanceof ServerMessage.OrderStatus s && s.status().equals("Filled")).message();
                sync(store, events);
                assertEquals(500, store.getPosition(AAPL_ID));
                assertEquals(500, store.accountBook().positions().get(0).position(), "reqPositions streams changes");
                double cost = 500 * filled.avgFillPrice() + 2.50;
                assertEquals(1_000_000 - cost, store.getAccCash(), 0.01);
                assertEquals(cost / 500, store.accountBook().averageCost(AAPL_ID), 1e-6);

                sim.gw.inject(FaultSpec.parseNow("drop"));
                events.await(StoreEvent.Resubscribed.class);
                events.await(StoreEvent.Message.class, m -> m.message() instanceof ServerMessage.AccountDownloadEnd);
                assertEquals(500, store.getPosition(AAPL_ID), "a fresh download after the reconnect");
                assertEquals(1_000_000 - cost, store.getAccCash(), 0.01);
            } finally {
                store.stop();
            }
        }
    }

    static void sync(IbStore store, Inbox<StoreEvent> events) throws InterruptedException {
        assertTrue(store.connection().send(new ClientMessage.ReqCurrentTime()));
        events.await(StoreEvent.Message.class, m -> m.message() instanceof ServerMessage.CurrentTime);
    }
}
