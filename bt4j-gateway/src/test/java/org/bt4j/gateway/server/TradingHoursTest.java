package org.bt4j.gateway.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * The market keeps each instrument's trading hours by default and trades around the clock in the
 * 24-hour mode, over loopback sockets on a virtual clock. Expected values follow IB's documentation:
 * contract details' hours as {@code yyyyMMdd:HHmm-yyyyMMdd:HHmm} with {@code yyyyMMdd:CLOSED} for a
 * closed day (ContractDetails.tradingHours); an order without outsideRth fills only in regular
 * hours; market-on-open is a MKT order with time in force OPG and fills at the open, MOC at the close.
 */
class TradingHoursTest {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    /** Saturday 2024-01-06 10:00 in New York: US stock markets are shut. */
    static final String SATURDAY = "2024-01-06T15:00:00Z";
    Gateway gw;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
    }

    private SimulatedClock start(String at, boolean followHours) {
        SimulatedClock clock = SimulatedClock.at(at);
        gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(5).statePath(null)
                .followHours(followHours).build());
        return clock;
    }

    private static ServerMessage.ContractData details(TestClient c, int reqId) throws Exception {
        c.send(new ClientMessage.ReqContractDetails(reqId, AAPL, false, ""));
        return c.await(ServerMessage.ContractData.class, d -> d.reqId() == reqId);
    }

    private static void placeBuy(TestClient c, int id, String type, String tif) throws Exception {
        c.send(new ClientMessage.PlaceOrder(id, AAPL, Order.builder().action("BUY").totalQuantity(100).orderType(type)
                .tif(tif).build()));
    }

    @Test
    void aClosedMarketHasNoTicksNoFillsAndNoBarsAndOrdersFillAtTheNextRegularOpen() throws Exception {
        start(SATURDAY, true);
        try (TestClient c = TestClient.connect(gw.port(), 1)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            ServerMessage.ContractData d = details(c, 1);
            assertTrue(d.details().tradingHours().contains("20240106:CLOSED;20240107:CLOSED;20240108:0400-20240108:2000"),
                    d.details().tradingHours());
            assertTrue(d.details().liquidHours().contains("20240106:CLOSED;20240107:CLOSED;20240108:0930-20240108:1600"),
                    d.details().liquidHours());

            c.send(new ClientMessage.ReqMktData(2, AAPL, "233", false, false));
            placeBuy(c, id, "MKT", "DAY");
            c.await(ServerMessage.OrderStatus.class, s -> s.status().equals("Submitted"));
            c.sync();
            int before = c.seen.size();
            gw.advance(Duration.ofHours(6));
            c.sync();
            assertTrue(c.seen.subList(before, c.seen.size()).stream().noneMatch(m -> m instanceof ServerMessage.TickString
                    || m instanceof ServerMessage.ExecDetails), "no trade, no tick, no fill on a Saturday");

            c.send(new ClientMessage.ReqHistoricalData(3, AAPL, false, "", "1 day", "1 M", false, "TRADES", 1, false));
            for (var b : c.await(ServerMessage.HistoricalData.class, h -> h.reqId() == 3).bars()) {
                DayOfWeek day = LocalDate.parse(b.time(), DateTimeFormatter.BASIC_ISO_DATE).getDayOfWeek();
                assertTrue(day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, "a daily bar on a " + day);
            }
            c.send(new ClientMessage.ReqHistoricalData(4, AAPL, false, "", "1 hour", "2 D", false, "TRADES", 1, false));
            for (var b : c.await(ServerMessage.HistoricalData.class, h -> h.reqId() == 4).bars()) {
                String hhmm = b.time().substring(9, 14);
                assertTrue(b.time().compareTo("20240106") < 0 && hhmm.compareTo("04:00") >= 0 && hhmm.compareTo("20:00") < 0,
                        "an hourly bar outside the week's trading hours: " + b.time());
            }

            // Monday: the tape resumes at 04:00; the DAY market order waits for the regular open at 09:30
            gw.advance(Duration.ofHours(41).plusMinutes(31));
            ServerMessage.ExecDetails fill = c.await(ServerMessage.ExecDetails.class);
            assertTrue(fill.execution().time().startsWith("20240108 09:30:"), fill.execution().time());
        }
    }

    @Test
    void marketOnOpenFillsAtTheOpenAndMarketOnCloseAtTheClose() throws Exception {
        start("2024-01-05T11:00:00Z", true); // Friday 06:00 in New York, pre-market
        try (TestClient c = TestClient.connect(gw.port(), 2)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            placeBuy(c, id, "MKT", "OPG");
            placeBuy(c, id + 1, "MOC", "DAY");
            c.await(ServerMessage.OrderStatus.class, s -> s.orderId() == id + 1 && s.status().equals("Submitted"));
            c.sync();
            gw.advance(Duration.ofHours(3).plusMinutes(31));
            ServerMessage.ExecDetails open = c.await(ServerMessage.ExecDetails.class);
            assertEquals(id, open.execution().orderId());
            assertEquals(100, open.execution().shares());
            assertTrue(open.execution().time().startsWith("20240105 09:30:0"), open.execution().time());
            gw.advance(Duration.ofHours(6).plusMinutes(30));
            ServerMessage.ExecDetails close = c.await(ServerMessage.ExecDetails.class);
            assertEquals(id + 1, close.execution().orderId());
            assertTrue(close.execution().time().startsWith("20240105 16:00:00"), close.execution().time());
            c.send(new ClientMessage.PlaceOrder(id + 2, AAPL, Order.builder().action("BUY").totalQuantity(100)
                    .orderType("STP").auxPrice(1).tif("OPG").build()));
            assertEquals(id + 2, c.awaitError(201).reqId());
        }
    }

    @Test
    void theTwentyFourHourMarketTradesOnASaturdayAndSaysSo() throws Exception {
        start(SATURDAY, false);
        try (TestClient c = TestClient.connect(gw.port(), 3)) {
            int id = c.await(ServerMessage.NextValidId.class).orderId();
            ServerMessage.ContractData d = details(c, 1);
            assertTrue(d.details().tradingHours().contains("20240106:0000-20240107:0000;20240107:0000-20240108:0000"),
                    d.details().tradingHours());
            placeBuy(c, id, "MKT", "DAY");
            c.sync();
            gw.advance(Duration.ofSeconds(10));
            ServerMessage.ExecDetails fill = c.await(ServerMessage.ExecDetails.class);
            assertTrue(fill.execution().time().startsWith("20240106 10:00:"), fill.execution().time());
        }
    }
}
