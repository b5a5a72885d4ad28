package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.Test;

/**
 * IbStore against the simulated gateway: identical historical requests (two feeds of one
 * instrument backfilling the same outage) are sent once and share the answer, live or replayed.
 */
class IbStoreGatewayTest {

    @Test
    void identicalHistoricalRequestsAreSentOnceAndShareTheAnswer() throws Exception {
        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", 41)) {
            assertTrue(h.store.start());
            Contract aapl = h.store.contractDetails(Contract.of("AAPL", "STK", "SMART", "USD"), 5_000).contract();
            List<ServerMessage.HistoricalData> answers = new CopyOnWriteArrayList<>();
            List<ServerMessage> errors = new CopyOnWriteArrayList<>();
            h.store.addListener(e -> {
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.HistoricalData d) {
                    answers.add(d);
                } else if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err
                        && err.reqId() > 0) {
                    errors.add(err);
                }
            });
            int first = 0x03000001;
            int[] listen = new int[3];
            assertTrue(h.store.requestHistorical(request(first, aapl), id -> listen[0] = id, SendListener.NONE));
            assertTrue(h.store.requestHistorical(request(first + 1, aapl), id -> listen[1] = id, SendListener.NONE));
            assertEquals(first, listen[0]);
            assertEquals(first, listen[1], "the second identical request listens to the first one's answer");
            assertTrue(h.runUntil(() -> !answers.isEmpty(), Duration.ofSeconds(10)), "no answer; errors " + errors);
            h.pass(Duration.ofMillis(250)); // a later point: whatever the gateway sent by then is in
            assertEquals(1, answers.size(), "one request went out, so one answer came; errors " + errors);
            assertEquals(first, answers.get(0).reqId());
            assertFalse(answers.get(0).bars().isEmpty());

            assertTrue(h.store.requestHistorical(request(first + 2, aapl), id -> listen[2] = id, SendListener.NONE));
            assertEquals(first, listen[2]);
            assertTrue(h.runUntil(() -> answers.size() == 2, Duration.ofSeconds(10)), "the answer again");
            assertSame(answers.get(0), answers.get(1), "an identical request within 15 s gets the answer again");
            h.pass(Duration.ofMillis(250));
            assertEquals(2, answers.size(), "and nothing is sent for it");
        }
    }

    @Test
    void requestIdsKeepIncreasingAcrossAReconnect() throws Exception {
        try (LiveHarness h = new LiveHarness("2024-01-05T15:00:00Z", 42)) {
            assertTrue(h.store.start());
            org.bt4j.ib.client.IbClient before = h.store.connection().client();
            int last = before.nextRequestId();
            h.gw.inject(org.bt4j.gateway.fault.FaultSpec.parseNow("drop"));
            h.runUntil(() -> h.store.connection().client() != before && h.store.connection().client().isConnected(),
                    Duration.ofSeconds(10));
            org.bt4j.ib.client.IbClient after = h.store.connection().client();
            assertTrue(after != before && after.isConnected(), "the store reconnected");
            assertTrue(after.nextRequestId() > last, "a reconnected client never reuses an earlier session's ids");
        }
    }

    private static ClientMessage.ReqHistoricalData request(int id, Contract c) {
        return new ClientMessage.ReqHistoricalData(id, c, false, "20240105-14:59:00", "5 secs", "120 S", false,
                "TRADES", 2, false);
    }
}
