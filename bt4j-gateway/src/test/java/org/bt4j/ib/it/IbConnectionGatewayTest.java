package org.bt4j.ib.it;

import static org.bt4j.ib.it.SimGateway.AAPL;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.client.IbConnection;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connection supervisor against the simulated gateway's faults: connectivity lost and
 * restored with data maintained (1100 → 1102) or lost (1100 → 1101, subscriptions re-sent), and a
 * dropped socket (reconnect, re-subscribe). Each ends with market data flowing on the same ticker id.
 */
class IbConnectionGatewayTest {

    static final int TICKER = 1001;

    final SimGateway sim = new SimGateway();
    final Inbox<StoreEvent> events = new Inbox<>();
    IbConnection conn;

    @AfterEach
    void stop() {
        if (conn != null) {
            conn.close();
        }
        sim.close();
    }

    /** Connects, subscribes to AAPL ticks and waits for the stream to start. */
    void connectAndSubscribe(int clientId) throws InterruptedException {
        conn = new IbConnection(sim.config(clientId), 5, 0.05, false, 60, events::add);
        assertTrue(conn.connect());
        assertFalse(events.await(StoreEvent.Connected.class).reconnect());
        conn.subscribe(TICKER, new ClientMessage.ReqMktData(TICKER, AAPL, "233", false, false));
        awaitMessage(ServerMessage.MarketDataType.class);
    }

    <T extends ServerMessage> T awaitMessage(Class<T> type) throws InterruptedException {
        return type.cast(events.await(StoreEvent.Message.class, m -> type.isInstance(m.message())).message());
    }

    /** Round trip through the current session, then a clock jump: ticks for {@link #TICKER} must follow. */
    void assertTicksFlow() throws InterruptedException {
        sync();
        events.clear();
        sim.advance(Duration.ofSeconds(10));
        sync();
        int ticks = events.count(StoreEvent.Message.class, m -> m.message() instanceof ServerMessage.TickPrice t
                && t.tickerId() == TICKER);
        assertTrue(ticks > 0, "market data flows again on ticker " + TICKER);
    }

    void sync() throws InterruptedException {
        assertTrue(conn.send(new ClientMessage.ReqCurrentTime()));
        awaitMessage(ServerMessage.CurrentTime.class);
    }

    @Test
    void connectivityLossWithDataMaintainedKeepsTheSubscriptions() throws Exception {
        connectAndSubscribe(21);
        sim.gw.inject(FaultSpec.parseNow("connloss 10s maintained"));
        events.await(StoreEvent.ConnectivityLost.class);
        assertFalse(events.await(StoreEvent.FarmStatus.class, f -> f.code() == 2103).ok());
        sync();
        events.clear();
        sim.advance(Duration.ofSeconds(9));
        sync();
        assertEquals(0, events.count(StoreEvent.Message.class, m -> m.message() instanceof ServerMessage.TickPrice),
                "no ticks while TWS is cut off from IB");
        sim.advance(Duration.ofSeconds(2));
        assertFalse(events.await(StoreEvent.ConnectivityRestored.class).dataLost());
        assertTrue(events.await(StoreEvent.FarmStatus.class, f -> f.code() == 2104).ok());
        assertTicksFlow();
        assertEquals(0, events.count(StoreEvent.Resubscribed.class, r -> true), "1102: nothing to re-send");
        assertEquals(0, events.count(StoreEvent.Disconnected.class, r -> true));
    }

    @Test
    void connectivityLossWithDataLostResubscribes() throws Exception {
        connectAndSubscribe(22);
        sim.gw.inject(FaultSpec.parseNow("connloss 10s lost"));
        events.await(StoreEvent.ConnectivityLost.class);
        sync();
        sim.advance(Duration.ofSeconds(11));
        assertTrue(events.await(StoreEvent.ConnectivityRestored.class).dataLost());
        assertEquals(1, events.await(StoreEvent.Resubscribed.class).count());
        assertEquals(TICKER, awaitMessage(ServerMessage.MarketDataType.class).reqId(),
                "the gateway dropped the stream at 1101 and saw it requested again");
        assertTicksFlow();
        assertEquals(0, events.count(StoreEvent.Disconnected.class, r -> true), "the socket stayed up");
    }

    @Test
    void droppedSocketReconnectsAndResubscribes() throws Exception {
        connectAndSubscribe(23);
        sim.gw.inject(FaultSpec.parseNow("drop"));
        StoreEvent.Disconnected d = events.await(StoreEvent.Disconnected.class);
        assertTrue(d.willRetry());
        assertTrue(d.reason().contains("closed the connection") || d.reason().contains("lost"), d.reason());
        assertTrue(events.await(StoreEvent.Connected.class).reconnect());
        assertEquals(1, events.await(StoreEvent.Resubscribed.class).count());
        assertEquals(TICKER, awaitMessage(ServerMessage.MarketDataType.class).reqId());
        assertTicksFlow();
        assertEquals(java.util.Set.of(23), sim.gw.engine().call(sim.gw.engine()::clientIds));
    }
}
