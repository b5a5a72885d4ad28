package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
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

    private static String summary(Order o) {
        return o.orderId() + " " + o.clientId() + " " + o.account() + " " + o.permId() + " " + o.action() + " "
                + o.totalQuantity() + " " + o.orderType() + " " + o.lmtPrice() + " " + o.tif();
    }

    private static Order order(String account, String action, double qty, String type, double lmt) {
        Order.Builder b = Order.builder().action(action).totalQuantity(qty).orderType(type).account(account);
        return type.equals("LMT") ? b.lmtPrice(lmt).tif("GTC").build() : b.build();
    }

    /**
     * A real restart on the same state file: two linked accounts (and the primary one) trade, the
     * gateway stops and a new one starts on the file. The oracle is what the client received over the
     * socket before the restart: its executions (execDetails) and their commission reports give every
     * account's position and cash (the starting cash less each execution's cost and commission), its
     * last openOrder of each working order gives the open orders. After the restart the client gets the
     * same open orders on connect, the same executions from reqExecutions, the same positions from
     * reqPositions and that cash from reqAccountUpdates of each account.
     */
    @Test
    void linkedAccountsSurviveARestartWithTheirCashPositionsExecutionsAndWorkingOrders(@TempDir Path dir)
            throws Exception {
        GatewayConfig.Builder config = GatewayConfig.builder().port(0).adminPort(-1).participation(0.2)
                .clock(SimulatedClock.at("2024-01-05T15:00:00Z")).seed(5).statePath(dir.resolve("state.db"))
                .linkedAccount("DU7654321").linkedAccount("DU5555555");
        List<String> accounts = config.build().accounts();
        gw = Gateway.start(config.build());
        List<ServerMessage.ExecDetails> executions = new ArrayList<>();
        Map<String, Double> commissions = new HashMap<>();
        Map<Integer, String> working = new TreeMap<>();
        int id;
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            id = c.await(ServerMessage.NextValidId.class).orderId();
            c.send(new ClientMessage.PlaceOrder(id, AAPL, order("DU7654321", "BUY", 300, "MKT", 0)));
            c.send(new ClientMessage.PlaceOrder(id + 1, AAPL, order("DU5555555", "BUY", 200, "MKT", 0)));
            c.send(new ClientMessage.PlaceOrder(id + 2, AAPL, order("DU1234567", "BUY", 100, "MKT", 0)));
            c.send(new ClientMessage.PlaceOrder(id + 3, AAPL, order("DU7654321", "SELL", 100, "LMT", 1_000)));
            c.send(new ClientMessage.PlaceOrder(id + 4, AAPL, order("DU5555555", "BUY", 50, "LMT", 1)));
            c.sync();
            gw.advance(Duration.ofSeconds(20));
            for (int o = id; o < id + 3; o++) {
                int oid = o;
                c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == oid && s.status().equals("Filled"));
            }
            c.send(new ClientMessage.PlaceOrder(id + 5, AAPL, order("DU5555555", "SELL", 80, "MKT", 0)));
            c.sync();
            gw.advance(Duration.ofSeconds(10));
            int last = id + 5;
            c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == last && s.status().equals("Filled"));
            c.sync();
            for (ServerMessage m : c.seen) {
                if (m instanceof ServerMessage.ExecDetails x) {
                    executions.add(x);
                } else if (m instanceof ServerMessage.CommissionReport r) {
                    commissions.put(r.execId(), r.commission());
                } else if (m instanceof ServerMessage.OpenOrder o && o.state().status().equals("Submitted")) {
                    working.put(o.order().orderId(), summary(o.order()));
                } else if (m instanceof ServerMessage.OpenOrder o) {
                    working.remove(o.order().orderId());
                }
            }
        }
        assertEquals(Set.of(id + 3, id + 4), working.keySet(), "the two limits work");
        assertTrue(executions.size() > 6, "filled in parts: " + executions.size());
        assertEquals(Set.of("DU7654321", "DU5555555", "DU1234567"), executions.stream()
                .map(x -> x.execution().acctNumber()).collect(Collectors.toSet()));
        Map<String, Double> cash = new TreeMap<>();
        Map<String, Double> held = new TreeMap<>();
        for (String a : accounts) {
            cash.put(a, 1_000_000.0);
            held.put(a, 0.0);
        }
        for (ServerMessage.ExecDetails x : executions) {
            Execution e = x.execution();
            double signed = e.side().equals("BOT") ? e.shares() : -e.shares();
            cash.merge(e.acctNumber(), -(signed * e.price() + commissions.get(e.execId())), Double::sum);
            held.merge(e.acctNumber(), signed, Double::sum);
        }
        assertEquals(Map.of("DU1234567", 100.0, "DU5555555", 120.0, "DU7654321", 300.0), held);

        gw.close();
        gw = Gateway.start(config.build());
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            c.await(ServerMessage.OpenOrderEnd.class); // open orders on connect, as TWS downloads them
            Map<Integer, String> reopened = new TreeMap<>();
            for (ServerMessage m : c.seen) {
                if (m instanceof ServerMessage.OpenOrder o) {
                    reopened.put(o.order().orderId(), summary(o.order()));
                    assertEquals("Submitted", o.state().status());
                }
            }
            assertEquals(working, reopened, "the working orders, with their accounts, permIds and limits");

            c.send(new ClientMessage.ReqExecutions(7, ExecutionFilter.ALL));
            c.await(ServerMessage.ExecDetailsEnd.class);
            List<Execution> replayed = new ArrayList<>();
            Map<String, Double> replayedCommissions = new HashMap<>();
            for (ServerMessage m : c.seen) {
                if (m instanceof ServerMessage.ExecDetails x && x.reqId() == 7) {
                    replayed.add(x.execution());
                } else if (m instanceof ServerMessage.CommissionReport r) {
                    replayedCommissions.put(r.execId(), r.commission());
                }
            }
            assertEquals(executions.stream().map(ServerMessage.ExecDetails::execution).toList(), replayed);
            assertEquals(commissions, replayedCommissions);

            c.send(new ClientMessage.ReqPositions());
            c.await(ServerMessage.PositionEnd.class);
            Map<String, Double> positions = new TreeMap<>();
            for (ServerMessage m : c.seen) {
                if (m instanceof ServerMessage.Position p) {
                    positions.merge(p.account(), p.position(), Double::sum);
                }
            }
            assertEquals(held, positions);

            for (String a : accounts) {
                c.send(new ClientMessage.ReqAccountUpdates(true, a));
                ServerMessage.UpdateAccountValue v = c.await(ServerMessage.UpdateAccountValue.class,
                        u -> u.key().equals("TotalCashValue") && u.accountName().equals(a));
                assertEquals(cash.get(a), Double.parseDouble(v.value()), 0.005 + 1e-6, a);
                c.await(ServerMessage.AccountDownloadEnd.class, e -> e.accountName().equals(a));
            }
        }
        System.out.printf("linked accounts restart: %d executions, cash %s, positions %s, %d working orders%n",
                executions.size(), cash, held, working.size());
    }
}
