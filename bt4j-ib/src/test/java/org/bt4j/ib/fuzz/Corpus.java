package org.bt4j.ib.fuzz;

import java.util.List;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.OrderState;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;

/**
 * Seed corpus for the wire fuzzers: one well-formed example of every server and client message
 * the codec knows, encoded at the highest server version, so that mutations start from frames a
 * real peer would send. Threading: immutable constants.
 */
final class Corpus {

    static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");
    static final Contract ES = new Contract(0, "ES", "FUT", "202612", 0.0, "", "50", "CME", "", "USD", "ESZ6", "ES",
            "", "");
    static final Contract OPT = new Contract(12087792, "SPY", "OPT", "20261218", 450.0, "C", "100", "SMART", "",
            "USD", "", "SPY", "", "");

    private Corpus() {
    }

    /** Every server message type, a few in more than one shape. */
    static List<ServerMessage> serverMessages() {
        Order order = Order.builder().orderId(7).clientId(3).permId(123456789L).action("BUY").totalQuantity(100)
                .orderType("LMT").lmtPrice(181.25).tif("GTC").orderRef("bt4j-1").build();
        Execution exec = new Execution(7, "0000e0d5.6571b2a3.01.01", "20240105 09:31:02 US/Eastern", "DU1234567",
                "ISLAND", "BOT", 40, 181.25, 123456789L, 3, 0, 40, 181.25, "bt4j-1", "", Wire.UNSET_DOUBLE, "", 1,
                false);
        return List.of(
                new ServerMessage.ErrorMsg(-1, 2104, "Market data farm connection is OK:usfarm", ""),
                new ServerMessage.ErrorMsg(16777216, 162, "Historical Market Data Service error message:pacing violation", ""),
                new ServerMessage.NextValidId(1),
                new ServerMessage.ManagedAccounts(List.of("DU1234567", "DU7654321")),
                new ServerMessage.CurrentTime(1_704_465_000L),
                new ServerMessage.ContractData(5, ContractDetails.builder(AAPL).minTick(0.01).longName("APPLE INC")
                        .build()),
                new ServerMessage.ContractData(6, ContractDetails.builder(ES).minTick(0.25).build()),
                new ServerMessage.ContractDataEnd(5),
                new ServerMessage.TickPrice(9, 1, 181.24, 300, 3),
                new ServerMessage.TickSize(9, 0, 300),
                new ServerMessage.TickString(9, 48, "181.25;100;1704465062000;12345;181.1;false"),
                new ServerMessage.TickGeneric(9, 49, 0.0),
                new ServerMessage.TickReqParams(9, 0.01, "9c0001", 3),
                new ServerMessage.TickSnapshotEnd(9),
                new ServerMessage.MarketDataType(9, 1),
                new ServerMessage.RealTimeBar(10, 1_704_465_000L, 181.0, 181.3, 180.9, 181.2, 1200, 181.1, 14),
                new ServerMessage.HistoricalData(11, "20240104 09:30:00", "20240105 09:30:00", List.of(
                        new Bar("1704378600", 180.0, 181.0, 179.5, 180.5, 10_000, 180.4, 120),
                        new Bar("1704378660", 180.5, 181.5, 180.0, 181.0, 8_000, 180.9, 90))),
                new ServerMessage.HistoricalDataUpdate(11, new Bar("1704378720", 181, 181.2, 180.8, 181.1, 500, 181, 7)),
                new ServerMessage.OpenOrder(AAPL, order, OrderState.of("Submitted")),
                new ServerMessage.OpenOrderEnd(),
                new ServerMessage.OrderStatus(7, "Submitted", 40, 60, 181.25, 123456789L, 0, 181.25, 3, "", 0.0),
                new ServerMessage.ExecDetails(-1, AAPL, exec),
                new ServerMessage.ExecDetailsEnd(12),
                new ServerMessage.CommissionReport("0000e0d5.6571b2a3.01.01", 1.0, "USD", Wire.UNSET_DOUBLE,
                        Wire.UNSET_DOUBLE, ""),
                new ServerMessage.UpdateAccountValue("NetLiquidation", "1000000.00", "USD", "DU1234567"),
                new ServerMessage.UpdatePortfolio(AAPL, 40, 181.3, 7252, 181.275, 1.0, 0.0, "DU1234567"),
                new ServerMessage.UpdateAccountTime("09:31"),
                new ServerMessage.AccountDownloadEnd("DU1234567"),
                new ServerMessage.AccountUpdateMulti(13, "DU1234567", "", "CashBalance", "992747.00", "USD"),
                new ServerMessage.AccountUpdateMultiEnd(13),
                new ServerMessage.Position("DU1234567", OPT, 2, 312.5),
                new ServerMessage.PositionEnd(),
                new ServerMessage.CompletedOrder(AAPL, order, OrderState.of("Filled")),
                new ServerMessage.CompletedOrdersEnd());
    }

    /** Every client request type. */
    static List<ClientMessage> clientMessages() {
        Order order = Order.builder().action("SELL").totalQuantity(25).orderType("STP LMT").lmtPrice(179.5)
                .auxPrice(180).tif("GTD").goodTillDate("20240105 21:00:00 UTC").orderRef("bt4j-2").build();
        return List.of(
                new ClientMessage.StartApi(3, ""),
                new ClientMessage.ReqCurrentTime(),
                new ClientMessage.ReqIds(1),
                new ClientMessage.ReqManagedAccts(),
                new ClientMessage.ReqContractDetails(5, AAPL, false, ""),
                new ClientMessage.ReqMktData(9, AAPL, "233", false, false),
                new ClientMessage.CancelMktData(9),
                new ClientMessage.ReqMarketDataType(1),
                new ClientMessage.ReqRealTimeBars(10, ES, 5, "TRADES", false),
                new ClientMessage.CancelRealTimeBars(10),
                new ClientMessage.ReqHistoricalData(11, AAPL, false, "", "1 min", "1 D", true, "TRADES", 2, false),
                new ClientMessage.CancelHistoricalData(11),
                new ClientMessage.PlaceOrder(8, AAPL, order),
                new ClientMessage.CancelOrder(8, ""),
                new ClientMessage.ReqGlobalCancel(),
                new ClientMessage.ReqOpenOrders(),
                new ClientMessage.ReqAllOpenOrders(),
                new ClientMessage.ReqAutoOpenOrders(true),
                new ClientMessage.ReqCompletedOrders(true),
                new ClientMessage.ReqAccountUpdates(true, "DU1234567"),
                new ClientMessage.ReqAccountUpdatesMulti(13, "DU1234567", "", true),
                new ClientMessage.CancelAccountUpdatesMulti(13),
                new ClientMessage.ReqPositions(),
                new ClientMessage.CancelPositions(),
                new ClientMessage.ReqExecutions(12, new ExecutionFilter(3, "DU1234567", "", "AAPL", "STK", "SMART", "BOT")));
    }

    /** @return the payload (fields with their NULs, no length prefix) of {@code m} at the highest version */
    static byte[] encode(ServerMessage m) {
        FieldWriter w = new FieldWriter();
        m.write(w, Wire.MAX_VERSION);
        return w.toPayload();
    }

    /** @return the payload of {@code m} at the highest version */
    static byte[] encode(ClientMessage m) {
        FieldWriter w = new FieldWriter();
        m.write(w, Wire.MAX_VERSION);
        return w.toPayload();
    }
}
