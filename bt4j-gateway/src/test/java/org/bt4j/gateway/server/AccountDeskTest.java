package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several managed accounts on one login, over loopback sockets on a virtual clock. Expected behaviour
 * from IB's documentation and the messages TWS sends: managedAccounts lists every code; an order
 * without an account gets error 321 "… The account code is required for this operation."; each account
 * has its own positions, account values (reqAccountUpdates with its code) and executions.
 */
class AccountDeskTest {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    Gateway gw;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
    }

    @Test
    void eachManagedAccountHasItsOwnOrdersPositionsAndValues() throws Exception {
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(SimulatedClock.at("2024-01-05T15:00:00Z"))
                .seed(5).statePath(null).linkedAccount("DU7654321").build());
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            assertEquals(List.of("DU1234567", "DU7654321"), c.await(ServerMessage.ManagedAccounts.class).accounts());
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            c.send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY").totalQuantity(100)
                    .orderType("MKT").build()));
            ServerMessage.ErrorMsg e = c.awaitError(321);
            assertEquals(id, e.reqId());
            assertTrue(e.message().endsWith("The account code is required for this operation."), e.message());

            c.send(new ClientMessage.PlaceOrder(id + 1, AAPL, Order.builder().action("BUY").totalQuantity(100)
                    .orderType("MKT").account("DU7654321").build()));
            c.sync();
            gw.advance(Duration.ofSeconds(10));
            c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id + 1 && s.status().equals("Filled"));

            c.send(new ClientMessage.ReqPositions());
            ServerMessage.Position p = c.await(ServerMessage.Position.class);
            assertEquals("DU7654321", p.account());
            assertEquals(100, p.position());
            c.await(ServerMessage.PositionEnd.class);
            assertEquals(1, c.seen.stream().filter(m -> m instanceof ServerMessage.Position).count(), "none in the other");

            c.send(new ClientMessage.ReqExecutions(7, ExecutionFilter.ALL));
            assertEquals("DU7654321", c.await(ServerMessage.ExecDetails.class, x -> x.reqId() == 7).execution().acctNumber());

            c.send(new ClientMessage.ReqAccountUpdates(true, "DU7654321"));
            assertEquals("DU7654321", c.await(ServerMessage.UpdatePortfolio.class).accountName());
            assertEquals("DU7654321", c.await(ServerMessage.AccountDownloadEnd.class).accountName());
            c.send(new ClientMessage.ReqAccountUpdates(true, "DU1234567"));
            ServerMessage.UpdateAccountValue cash = c.await(ServerMessage.UpdateAccountValue.class,
                    v -> v.key().equals("TotalCashValue") && v.accountName().equals("DU1234567"));
            assertEquals("1000000.00", cash.value(), "the primary account did not pay for the linked one's shares");
            assertEquals("DU1234567", c.await(ServerMessage.AccountDownloadEnd.class,
                    x -> x.accountName().equals("DU1234567")).accountName());
        }
    }

    @Test
    void aLinkedAccountLivesInMemoryAndLeavesThePrimaryAccountsFileConsistent(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("state.db");
        GatewayConfig.Builder config = GatewayConfig.builder().port(0).adminPort(-1)
                .clock(SimulatedClock.at("2024-01-05T15:00:00Z")).seed(5).statePath(state).linkedAccount("DU7654321");
        gw = Gateway.start(config.build());
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            c.send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY").totalQuantity(100)
                    .orderType("MKT").account("DU7654321").build()));
            c.sync();
            gw.advance(Duration.ofSeconds(10));
            c.await(ServerMessage.OrderStatus.class, s -> s.status().equals("Filled"));
        }
        gw.close();
        gw = Gateway.start(config.build()); // the file's invariants are checked at start
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            c.send(new ClientMessage.ReqPositions());
            c.await(ServerMessage.PositionEnd.class);
            assertTrue(c.seen.stream().noneMatch(m -> m instanceof ServerMessage.Position), "nothing was persisted for it");
            c.send(new ClientMessage.ReqAccountUpdates(true, ""));
            assertEquals("1000000.00", c.await(ServerMessage.UpdateAccountValue.class,
                    v -> v.key().equals("TotalCashValue")).value());
        }
    }
}
