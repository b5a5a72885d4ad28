package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Orders over loopback sockets on a virtual clock: IB's margin check and the depth of the market.
 * Expected behaviour from IB's documentation and what its clients report: an order the account cannot
 * margin gets error 201 "Order rejected - reason:Your order is not accepted because your Equity with
 * Loan Value of [… USD] is insufficient to cover the Initial Margin requirement of [… USD]" and the
 * order becomes Inactive; a market order in a liquid stock fills within seconds, in several executions.
 */
class OrderDeskTest {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    static final Contract TWTR = Contract.of("TWTR", "STK", "SMART", "USD");
    Gateway gw;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
    }

    private void start() {
        start(GatewayConfig.builder());
    }

    private void start(GatewayConfig.Builder b) {
        // Friday 2024-01-05 10:00 in New York, regular hours
        gw = Gateway.start(b.port(0).adminPort(-1).clock(SimulatedClock.at("2024-01-05T15:00:00Z")).seed(5).statePath(null)
                .build());
    }

    private static Order market(String action, double qty) {
        return Order.builder().action(action).totalQuantity(qty).orderType("MKT").build();
    }

    @Test
    void anOrderTheAccountCannotMarginIsRejectedWith201AndBecomesInactive() throws Exception {
        start();
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            // tens of millions of dollars of stock on a one-million account: a quarter of it is millions of margin
            c.send(new ClientMessage.PlaceOrder(id, AAPL, market("BUY", 250_000)));
            ServerMessage.ErrorMsg e = c.awaitError(201);
            assertEquals(id, e.reqId());
            assertTrue(e.message().matches("Order rejected - reason:Your order is not accepted because your Equity with "
                    + "Loan Value of \\[1000000 USD] is insufficient to cover the Initial Margin requirement of "
                    + "\\[\\d{8} USD]"), e.message());
            assertEquals("Inactive", c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id).status());
            // four times the equity is within the buying power; selling what one does not hold needs margin too
            c.send(new ClientMessage.PlaceOrder(id + 1, AAPL, market("BUY", 15_000)));
            c.send(new ClientMessage.PlaceOrder(id + 2, AAPL, market("SELL", 30_000)));
            assertEquals(id + 2, c.awaitError(201).reqId());
            c.sync();
            gw.advance(Duration.ofSeconds(30));
            c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id + 1 && s.status().equals("Filled"));
            assertTrue(c.seen.stream().noneMatch(m -> m instanceof ServerMessage.ExecDetails x
                    && (x.execution().orderId() == id || x.execution().orderId() == id + 2)), "nothing of a refused order fills");
            // closing a position never needs more margin
            c.send(new ClientMessage.PlaceOrder(id + 3, AAPL, market("SELL", 15_000)));
            c.sync();
            gw.advance(Duration.ofSeconds(30));
            c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id + 3 && s.status().equals("Filled"));
        }
    }

    @Test
    void aReadOnlyApiRefusesOrdersCancelsAndBindingWithTwsError321() throws Exception {
        start(GatewayConfig.builder().readOnly(true));
        String text = "Error validating request:-'bh' : cause - The API interface is currently in Read-Only mode.";
        try (TestClient c = TestClient.connect(gw.port(), 0)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            c.send(new ClientMessage.PlaceOrder(id, AAPL, market("BUY", 100)));
            ServerMessage.ErrorMsg e = c.awaitError(321);
            assertEquals(id, e.reqId());
            assertEquals(text, e.message());
            c.send(new ClientMessage.CancelOrder(id, ""));
            assertEquals(id, c.awaitError(321).reqId());
            c.send(new ClientMessage.ReqAutoOpenOrders(true));
            assertEquals(text, c.awaitError(321).message());
            c.send(new ClientMessage.ReqPositions());
            c.await(ServerMessage.PositionEnd.class);
            assertTrue(c.seen.stream().noneMatch(m -> m instanceof ServerMessage.OrderStatus), "no order was placed");
        }
    }

    @Test
    void aReconnectingClientGetsItsWorkingOrdersBackAndOnlyItsOwn() throws Exception {
        start();
        int id;
        try (TestClient c = TestClient.connect(gw.port(), 7)) {
            id = c.await(ServerMessage.NextValidId.class).orderId();
            c.await(ServerMessage.OpenOrderEnd.class);
            c.send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY").totalQuantity(100)
                    .orderType("LMT").lmtPrice(1.00).tif("GTC").build()));
            c.await(ServerMessage.OrderStatus.class, s -> s.status().equals("Submitted"));
        }
        // as TWS with "Download open orders on connection": openOrder and orderStatus of each, then openOrderEnd
        try (TestClient c = TestClient.connect(gw.port(), 7)) {
            assertEquals(id, c.await(ServerMessage.OpenOrder.class).order().orderId());
            ServerMessage.OrderStatus s = c.await(ServerMessage.OrderStatus.class);
            assertEquals(id, s.orderId());
            assertEquals("Submitted", s.status());
            c.await(ServerMessage.OpenOrderEnd.class);
            c.send(new ClientMessage.ReqOpenOrders());
            assertEquals(id, c.await(ServerMessage.OpenOrder.class).order().orderId());
            c.await(ServerMessage.OpenOrderEnd.class);
        }
        try (TestClient other = TestClient.connect(gw.port(), 8)) {
            other.await(ServerMessage.OpenOrderEnd.class);
            assertTrue(other.seen.stream().noneMatch(m -> m instanceof ServerMessage.OpenOrder), "not another client's");
            other.send(new ClientMessage.ReqAllOpenOrders());
            assertEquals(7, other.await(ServerMessage.OpenOrder.class).order().clientId());
            other.await(ServerMessage.OpenOrderEnd.class);
        }
    }

    @Test
    void twentyThousandSharesOfALiquidStockFillInSecondsInSeveralExecutions() throws Exception {
        start();
        try (TestClient c = TestClient.connect(gw.port(), 2)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            c.send(new ClientMessage.PlaceOrder(id, TWTR, market("BUY", 20_000)));
            c.await(ServerMessage.OrderStatus.class, s -> s.status().equals("Submitted"));
            c.sync();
            gw.advance(Duration.ofSeconds(5));
            ServerMessage.OrderStatus done = c.await(ServerMessage.OrderStatus.class, s -> s.status().equals("Filled"));
            assertEquals(20_000, done.filled());
            List<ServerMessage.ExecDetails> fills = c.seen.stream().filter(m -> m instanceof ServerMessage.ExecDetails)
                    .map(m -> (ServerMessage.ExecDetails) m).toList();
            assertTrue(fills.size() >= 3, "several partial fills: " + fills.size());
            assertEquals(20_000, fills.stream().mapToDouble(f -> f.execution().shares()).sum());
        }
    }
}
