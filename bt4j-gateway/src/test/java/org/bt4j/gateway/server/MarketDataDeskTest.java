package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An account without a market data subscription for an instrument, over loopback sockets on a
 * virtual clock. Expected behaviour from IB's documentation (market data types, tick types) and the
 * messages TWS sends: a live request gets error 354 "Requested market data is not subscribed. …Delayed
 * market data is available."; after reqMarketDataType(3) the request gets error 10167 "Requested market
 * data is not subscribed. Displaying delayed market data.", marketDataType 3 and the delayed tick types
 * (66 bid, 67 ask, 68 last, 88 last timestamp …), 15 minutes behind.
 */
class MarketDataDeskTest {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    static final Contract MSFT = Contract.of("MSFT", "STK", "SMART", "USD");
    final SimulatedClock clock = SimulatedClock.at("2024-01-05T15:00:00Z");
    Gateway gw;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
    }

    private static Set<Integer> tickTypes(TestClient c, int tickerId) {
        return c.seen.stream().map(m -> m instanceof ServerMessage.TickPrice p && p.tickerId() == tickerId ? p.tickType()
                : m instanceof ServerMessage.TickSize s && s.tickerId() == tickerId ? s.tickType()
                : m instanceof ServerMessage.TickString s && s.tickerId() == tickerId ? s.tickType() : null)
                .filter(x -> x != null).collect(Collectors.toSet());
    }

    @Test
    void withoutASubscriptionLiveDataIsRefusedWith354AndDelayedDataComesWith10167() throws Exception {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(5).statePath(null)
                .unsubscribed("aapl").build());
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            c.send(new ClientMessage.ReqMktData(1, AAPL, "", false, false));
            ServerMessage.ErrorMsg refused = c.awaitError(354);
            assertEquals(1, refused.reqId());
            assertTrue(refused.message().startsWith("Requested market data is not subscribed.")
                    && refused.message().contains("Delayed market data is available."), refused.message());

            c.send(new ClientMessage.ReqMarketDataType(3));
            c.send(new ClientMessage.ReqMktData(2, AAPL, "", false, false));
            ServerMessage.ErrorMsg delayed = c.awaitError(10167);
            assertEquals(2, delayed.reqId());
            assertEquals("Requested market data is not subscribed. Displaying delayed market data.", delayed.message());
            assertEquals(3, c.await(ServerMessage.MarketDataType.class, t -> t.reqId() == 2).marketDataType());
            // a subscribed instrument stays live whatever type was asked for
            c.send(new ClientMessage.ReqMktData(3, MSFT, "", false, false));
            assertEquals(1, c.await(ServerMessage.MarketDataType.class, t -> t.reqId() == 3).marketDataType());
            c.sync();
            gw.advance(Duration.ofSeconds(20));
            c.sync();

            assertTrue(tickTypes(c, 1).isEmpty(), "no data on the refused request");
            Set<Integer> types = tickTypes(c, 2);
            assertTrue(types.containsAll(List.of(66, 67, 68, 69, 70, 88)), "delayed tick types: " + types);
            assertTrue(types.stream().allMatch(t -> t >= 66 && t <= 88), "only delayed tick types: " + types);
            assertTrue(tickTypes(c, 3).containsAll(List.of(1, 2, 4)), "live tick types for the subscribed one");
            long lastStamp = c.seen.stream().filter(m -> m instanceof ServerMessage.TickString s && s.tickerId() == 2
                    && s.tickType() == 88).mapToLong(m -> Long.parseLong(((ServerMessage.TickString) m).value())).max()
                    .orElseThrow();
            long now = clock.nanos() / 1_000_000_000L;
            assertTrue(lastStamp <= now - 900 && lastStamp > now - 930, "15 minutes behind: " + (now - lastStamp) + " s");
        }
    }

    @Test
    void frozenDataIsTheLastRecordedValuesWhileTheMarketIsClosedAndLiveWhileItIsOpen() throws Exception {
        SimulatedClock saturday = SimulatedClock.at("2024-01-06T15:00:00Z");
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(saturday).seed(5).statePath(null)
                .unsubscribed("MSFT").build());
        try (TestClient c = TestClient.connect(gw.port(), 2)) {
            c.send(new ClientMessage.ReqMarketDataType(2));
            c.send(new ClientMessage.ReqMktData(1, AAPL, "", false, false));
            assertEquals(2, c.await(ServerMessage.MarketDataType.class, t -> t.reqId() == 1).marketDataType());
            c.send(new ClientMessage.ReqMarketDataType(4));
            c.send(new ClientMessage.ReqMktData(2, MSFT, "", false, false));
            assertEquals(2, c.awaitError(10167).reqId());
            assertEquals(4, c.await(ServerMessage.MarketDataType.class, t -> t.reqId() == 2).marketDataType());
            c.sync();
            assertTrue(tickTypes(c, 1).containsAll(List.of(1, 2, 4, 9)), "the last bid, ask, last and close");
            assertTrue(tickTypes(c, 2).containsAll(List.of(66, 67, 68, 75)), "their delayed types");
        }
        gw.close();
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(5).statePath(null).build());
        try (TestClient c = TestClient.connect(gw.port(), 3)) {
            c.send(new ClientMessage.ReqMarketDataType(2));
            c.send(new ClientMessage.ReqMktData(1, AAPL, "", false, false));
            assertEquals(1, c.await(ServerMessage.MarketDataType.class).marketDataType(), "open: live data");
        }
    }
}
