package org.bt4j.ib.it;

import static org.bt4j.ib.it.SimGateway.AAPL;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bt4j.BadInputException;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** bt4j's TWS client against the simulated gateway over loopback, on one shared virtual clock. */
class IbClientGatewayTest {

    final SimGateway sim = new SimGateway();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void handshakeNegotiates187AndDeliversTheStartUpMessages() throws Exception {
        try (SimGateway.Client c = sim.connect(1)) {
            assertEquals(187, c.ib.serverVersion());
            assertEquals(List.of("DU1234567"), c.ib.accounts());
            assertTrue(c.ib.nextOrderId() >= 1);
            assertTrue(c.ib.connectionTime().startsWith("20240105 10:00:00 "), c.ib.connectionTime());
            for (int code : new int[] {2104, 2106, 2158}) {
                assertEquals(-1, c.awaitError(code).reqId());
            }
            c.ib.send(new ClientMessage.ReqCurrentTime());
            assertEquals(sim.clock.nanos() / 1_000_000_000L, c.in.await(ServerMessage.CurrentTime.class).epochSeconds());
        }
    }

    @Test
    void storeResolvesContractsAndRefusesUnknownOnes() {
        IbStore store = new IbStore(new IbStoreParams("127.0.0.1", sim.gw.port(), 2, false, false, 0, 1.0, false, 60, true),
                sim.clock);
        try {
            assertTrue(store.start());
            ContractDetails d = store.contractDetails(AAPL, 5000);
            assertEquals(265598, d.contract().conId());
            assertEquals("US/Eastern", d.timeZoneId());
            assertEquals(0.01, d.minTick());
            assertFalse(d.liquidHours().isEmpty());
            BadInputException months = assertThrows(BadInputException.class,
                    () -> store.contractDetails(Contract.of("ES", "FUT", "CME", "USD"), 5000));
            assertTrue(months.getMessage().startsWith("ambiguous contract ES"), "four months listed: " + months.getMessage());
            ContractDetails es = store.contractDetails(new Contract(0, "ES", "FUT", "202403", 0, "", "", "CME", "", "USD",
                    "", "", "", ""), 5000);
            assertEquals("50", es.contract().multiplier());
            BadInputException e = assertThrows(BadInputException.class,
                    () -> store.contractDetails(Contract.of("NOPE", "STK", "SMART", "USD"), 5000));
            assertTrue(e.getMessage().startsWith("unknown contract NOPE"), e.getMessage());
        } finally {
            store.stop();
        }
    }

    @Test
    void marketDataStreamsQuotesTradesAndRtVolumeAsTheClockMoves() throws Exception {
        try (SimGateway.Client c = sim.connect(3)) {
            c.ib.send(new ClientMessage.ReqMktData(1001, AAPL, "233", false, false));
            assertEquals(1, c.in.await(ServerMessage.MarketDataType.class).marketDataType());
            ServerMessage.TickPrice bid = c.in.await(ServerMessage.TickPrice.class, t -> t.tickType() == 1);
            ServerMessage.TickPrice ask = c.in.await(ServerMessage.TickPrice.class, t -> t.tickType() == 2);
            assertTrue(bid.price() < ask.price() && bid.size() > 0, bid + " / " + ask);
            c.sync();
            long before = sim.clock.nanos();
            sim.advance(Duration.ofSeconds(10));
            c.sync();
            int trades = c.in.count(ServerMessage.TickString.class, t -> t.tickType() == 48);
            assertTrue(trades > 0, "RTVolume ticks within 10 s");
            String[] rt = c.in.await(ServerMessage.TickString.class, t -> t.tickType() == 48).value().split(";");
            assertEquals(6, rt.length);
            long millis = Long.parseLong(rt[2]);
            assertTrue(millis > before / 1_000_000 && millis <= sim.clock.nanos() / 1_000_000, "stamped on the shared clock");
            assertEquals("true", rt[5]);
            c.ib.send(new ClientMessage.CancelMktData(1001));
            c.sync();
            c.in.clear();
            sim.advance(Duration.ofSeconds(10));
            c.sync();
            assertEquals(0, c.in.count(ServerMessage.TickPrice.class, t -> true), "no ticks after cancelMktData");
        }
    }

    @Test
    void historicalMinuteBarsCoverTheRegularSession() throws Exception {
        try (SimGateway.Client c = sim.connect(4)) {
            int id = c.ib.nextRequestId();
            c.ib.send(new ClientMessage.ReqHistoricalData(id, AAPL, false, "20240104 16:00:00 US/Eastern", "1 min", "1 D",
                    true, "TRADES", 1, false));
            ServerMessage.HistoricalData h = c.in.await(ServerMessage.HistoricalData.class, x -> x.reqId() == id);
            assertEquals(390, h.bars().size(), "09:30-16:00 in one-minute bars");
            assertEquals("20240104 09:30:00 US/Eastern", h.bars().get(0).time());
            assertEquals("20240104 15:59:00 US/Eastern", h.bars().get(389).time());
            for (Bar b : h.bars()) {
                assertTrue(b.low() <= Math.min(b.open(), b.close()) && b.high() >= Math.max(b.open(), b.close()), b.toString());
                assertTrue(b.wap() >= b.low() && b.wap() <= b.high(), b.toString());
            }
            int bad = c.ib.nextRequestId();
            c.ib.send(new ClientMessage.ReqHistoricalData(bad, AAPL, false, "", "7 mins", "1 D", true, "TRADES", 1, false));
            assertEquals(bad, c.awaitError(321).reqId(), "an illegal bar size is refused");
        }
    }

    @Test
    void ordersFillInPartsWithUniqueExecutionsAndCommissionsAndUpdateTheAccount() throws Exception {
        try (SimGateway.Client c = sim.connect(5)) {
            int id = c.ib.nextOrderId();
            c.ib.send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY").totalQuantity(2000)
                    .orderType("MKT").build()));
            c.in.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id && s.status().equals("Submitted"));
            c.sync();
            sim.advance(Duration.ofSeconds(60));
            ServerMessage.OrderStatus done = c.in.await(ServerMessage.OrderStatus.class,
                    s -> s.orderId() == id && s.status().equals("Filled"));
            assertEquals(2000, done.filled());
            assertEquals(0, done.remaining());
            c.sync();
            List<ServerMessage.ExecDetails> execs = c.in.all.stream().filter(ServerMessage.ExecDetails.class::isInstance)
                    .map(ServerMessage.ExecDetails.class::cast).toList();
            assertTrue(execs.size() > 1, "partial fills against the quoted size");
            assertEquals(2000, execs.stream().mapToDouble(e -> e.execution().shares()).sum());
            Set<String> ids = new HashSet<>();
            execs.forEach(e -> assertTrue(ids.add(e.execution().execId()), "duplicate execId"));
            double commissions = c.in.all.stream().filter(ServerMessage.CommissionReport.class::isInstance)
                    .map(ServerMessage.CommissionReport.class::cast).peek(r -> assertTrue(ids.contains(r.execId())))
                    .mapToDouble(ServerMessage.CommissionReport::commission).sum();
            assertEquals(10.0, commissions, 1e-9, "IB fixed: 2000 x 0.005");

            int lmt = c.ib.nextOrderId();
            c.ib.send(new ClientMessage.PlaceOrder(lmt, AAPL, Order.builder().action("SELL").totalQuantity(100)
                    .orderType("LMT").lmtPrice(999.00).tif("GTC").build()));
            c.in.await(ServerMessage.OrderStatus.class, s -> s.orderId() == lmt && s.status().equals("Submitted"));
            c.ib.send(new ClientMessage.CancelOrder(lmt, ""));
            c.in.await(ServerMessage.OrderStatus.class, s -> s.orderId() == lmt && s.status().equals("Cancelled"));
            assertEquals(lmt, c.awaitError(202).reqId());

            c.ib.send(new ClientMessage.ReqPositions());
            ServerMessage.Position p = c.in.await(ServerMessage.Position.class);
            assertEquals(2000, p.position());
            assertEquals(265598, p.contract().conId());
            c.in.await(ServerMessage.PositionEnd.class);
            c.ib.send(new ClientMessage.ReqAccountUpdates(true, "DU1234567"));
            ServerMessage.UpdateAccountValue cash = c.in.await(ServerMessage.UpdateAccountValue.class,
                    v -> v.key().equals("TotalCashValue") && v.currency().equals("USD"));
            assertEquals(1_000_000 - 2000 * done.avgFillPrice() - 10.0, Double.parseDouble(cash.value()), 0.01);
            assertEquals(2000, c.in.await(ServerMessage.UpdatePortfolio.class).position());
            assertEquals("DU1234567", c.in.await(ServerMessage.AccountDownloadEnd.class).accountName());
        }
    }
}
