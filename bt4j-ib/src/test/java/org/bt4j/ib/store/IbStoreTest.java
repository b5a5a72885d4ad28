package org.bt4j.ib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bt4j.BadInputException;
import org.bt4j.ib.client.FakeTws;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;

class IbStoreTest {

    @Test
    void randomClientIdWhenNotGiven() {
        for (int i = 0; i < 100; i++) {
            int id = IbStoreParams.DEFAULTS.effectiveClientId();
            assertTrue(id >= 1 && id <= 65535, "client id " + id);
        }
        assertEquals(9, IbStoreParams.DEFAULTS.withClientId(9).effectiveClientId());
        assertThrows(IllegalArgumentException.class, () -> IbStoreParams.DEFAULTS.withReconnect(-2, 1));
    }

    @Test
    void failedStartIsANotificationNotAnException() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", port).withReconnect(0, 0.01))) {
            assertFalse(store.start());
            assertEquals(List.of("cannot connect to 127.0.0.1:" + port
                    + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)"),
                    printed(store.drainNotifications()));
            assertEquals(List.of(), store.drainNotifications());
            assertEquals("cannot look up AAPL STK SMART USD: not connected to TWS",
                    assertThrows(BadInputException.class,
                            () -> store.contractDetails(Contract.of("AAPL", "STK", "SMART", "USD"), 100)).getMessage());
        }
    }

    @Test
    void aNotificationSignalsTheEngineThreadAfterItIsQueued() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", port).withReconnect(0, 0.01))) {
            List<Object> drainedOnSignal = new ArrayList<>();
            List<Thread> signalledOn = new ArrayList<>();
            store.addNotificationListener(() -> {
                drainedOnSignal.addAll(printed(store.drainNotifications()));
                signalledOn.add(Thread.currentThread());
            });
            assertFalse(store.start());
            assertEquals(List.of(Thread.currentThread()), signalledOn, "signalled once, on the engine thread");
            assertEquals(List.of("cannot connect to 127.0.0.1:" + port
                    + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)"),
                    drainedOnSignal);
            assertEquals(List.of(), store.drainNotifications());
        }
    }

    private static final long S = 1_000_000_000L;

    private static ClientMessage.ReqHistoricalData history(int reqId, int days) {
        return new ClientMessage.ReqHistoricalData(reqId, Contract.of("AAPL", "STK", "SMART", "USD"), false, "",
                "1 min", days + " D", true, "TRADES", 2, false);
    }

    /** A requester's view: what its SendListener heard. */
    private static SendListener heardBy(List<String> heard, String who) {
        return new SendListener() {
            @Override public void sent() { heard.add(who + " sent"); }
            @Override public void queued() { heard.add(who + " queued"); }
        };
    }

    @Test
    void everyUserOfASharedRequestHearsWhenItLeavesAndTheLastCancelDropsItFromTheQueue() throws Exception {
        SimulatedClock clock = SimulatedClock.at("2024-01-05T15:00:00Z");
        try (FakeTws tws = new FakeTws(187);
             IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", tws.port()).withClientId(5)
                     .withReconnect(0, 0.01), clock)) {
            tws.serveOnce(List.of(new ServerMessage.ManagedAccounts(List.of("DU1")), new ServerMessage.NextValidId(1)));
            assertTrue(store.start());
            assertEquals(new ClientMessage.StartApi(5, ""), tws.next());
            assertEquals(new ClientMessage.ReqCurrentTime(), tws.next());
            List<String> heard = new CopyOnWriteArrayList<>();
            for (int d = 1; d <= 5; d++) { // IB allows five per contract within 2 s
                assertTrue(store.requestHistorical(history(100 + d, d), id -> { }, SendListener.NONE));
                assertEquals(history(100 + d, d), tws.next());
            }
            int[] listen = new int[3];
            assertTrue(store.requestHistorical(history(106, 6), id -> listen[0] = id, heardBy(heard, "a")));
            assertTrue(store.requestHistorical(history(107, 6), id -> listen[1] = id, heardBy(heard, "b")));
            assertEquals(106, listen[1], "the identical request joins the first");
            assertTrue(store.connection().send(new ClientMessage.ReqIds(1)));
            assertEquals(new ClientMessage.ReqIds(1), tws.next(), "the sixth waits for the 2-second window");
            assertEquals(List.of(), heard, "nobody hears of a request still queued");

            clock.advance(2 * S + PacingRules.IB.marginNanos());
            assertEquals(history(106, 6), tws.next());
            assertTrue(store.loop().runUntil(() -> heard.size() == 2, Long.MAX_VALUE), "the loop takes the news");
            assertEquals(List.of("a sent", "b sent"), heard.stream().sorted().toList());
            assertTrue(store.requestHistorical(history(108, 6), id -> listen[2] = id, heardBy(heard, "c")));
            assertEquals(106, listen[2]);
            assertTrue(store.loop().runUntil(() -> heard.size() == 3, Long.MAX_VALUE));
            assertEquals("c sent", heard.get(2), "a user joining a request that left hears so at the next turn");
            for (int i = 0; i < 3; i++) {
                store.cancelHistorical(106);
            }
            assertEquals(new ClientMessage.CancelHistoricalData(106), tws.next(), "cancelled once, by its last user");

            heard.clear();
            for (int d = 7; d <= 10; d++) {
                assertTrue(store.requestHistorical(history(100 + d, d), id -> { }, SendListener.NONE));
                assertEquals(history(100 + d, d), tws.next());
            }
            assertTrue(store.requestHistorical(history(111, 11), id -> { }, heardBy(heard, "d")));
            assertTrue(store.requestHistorical(history(112, 11), id -> { }, heardBy(heard, "e")));
            assertEquals(1, store.connection().client().queuedRequests());
            store.cancelHistorical(111);
            assertEquals(1, store.connection().client().queuedRequests(), "still wanted by its other user");
            store.cancelHistorical(111);
            assertEquals(0, store.connection().client().queuedRequests(), "the last user's cancel empties the queue");
            clock.advance(10 * S);
            assertTrue(store.connection().send(new ClientMessage.ReqIds(2)));
            assertEquals(new ClientMessage.ReqIds(2), tws.next(), "neither the request nor its cancel went out");
            assertEquals(List.of(), heard);
        }
    }

    @Test
    void aReadOnlyApiIsOneNotificationAndTheDelayedFallbackAnother() {
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS, SimulatedClock.at("2024-01-05T15:00:00Z"))) {
            int[] taken = {0};
            store.addListener(e -> taken[0]++);
            String refused = "Error validating request:-'bh' : cause - The API interface is currently in Read-Only mode.";
            store.post(new StoreEvent.Message(new ServerMessage.ErrorMsg(7, 321, refused, "")));
            store.post(new StoreEvent.Message(new ServerMessage.ErrorMsg(8, 321, refused, "")));
            store.post(new StoreEvent.Message(new ServerMessage.ErrorMsg(-1, 2104, "Market data farm connection is OK:usfarm", "")));
            assertTrue(store.loop().runUntil(() -> taken[0] == 3, Long.MAX_VALUE));
            assertTrue(store.readOnly());
            List<org.bt4j.feed.StoreNotice> notes = store.drainNotifications();
            assertEquals(List.of("<read-only API: TWS refused order 7 (error 321: " + refused + "); further orders are"
                    + " rejected without being sent. Untick 'Read-Only API' in TWS's API settings to trade>",
                    "<error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>"),
                    printed(notes));
            assertEquals(List.of(321, 2104), notes.stream().map(org.bt4j.feed.StoreNotice::code).toList(),
                    "IB's error codes kept");
            assertTrue(notes.get(1) instanceof org.bt4j.feed.StoreNotice.Error e && e.id() == -1
                    && e.message().equals("Market data farm connection is OK:usfarm"));

            assertEquals(MarketDataType.LIVE, store.marketDataType());
            assertTrue(store.fallBackToDelayed("TWTR"));
            assertTrue(store.fallBackToDelayed("AAPL"), "already delayed: the feed asks again, nothing more is said");
            assertEquals(MarketDataType.DELAYED, store.marketDataType());
            assertEquals(List.of("<market data: no subscription for TWTR (error 354): switching to delayed data"
                    + " (reqMarketDataType 3)>"), printed(store.drainNotifications()));
            assertFalse(store.delayedFallback(false).marketDataType(MarketDataType.FROZEN).fallBackToDelayed("TWTR"));
        }
    }

    @Test
    void theAccountIsTheOneAskedForElseTheFirstManaged() {
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS, SimulatedClock.at("2024-01-05T15:00:00Z"))) {
            assertEquals("", store.account());
            assertEquals("DU2", store.account("DU2").account());
            assertEquals("", store.account(" ").account());
            assertTrue(store.getBroker() == store.getBroker(), "one broker per store");
            assertEquals("TWTR-STK-SMART-USD", store.getData("TWTR-STK-SMART-USD").name());
        }
    }

    /** The notices as backtrader prints them. */
    private static List<String> printed(List<org.bt4j.feed.StoreNotice> notices) {
        return notices.stream().map(Object::toString).toList();
    }
}
