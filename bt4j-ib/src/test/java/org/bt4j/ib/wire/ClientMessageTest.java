package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientMessageTest {

    private static final Contract AAPL = Contract.of("AAPL", "STK", "SMART", "USD");

    @Test
    void startApi() {
        ClientMessage back = Vectors.roundTripClient(new ClientMessage.StartApi(7, ""), "71|2|7||");
        assertEquals(new ClientMessage.StartApi(7, ""), back);
    }

    @Test
    void simpleRequests() {
        assertEquals(new ClientMessage.ReqCurrentTime(), Vectors.roundTripClient(new ClientMessage.ReqCurrentTime(), "49|1|"));
        assertEquals(new ClientMessage.ReqIds(1), Vectors.roundTripClient(new ClientMessage.ReqIds(1), "8|1|1|"));
        assertEquals(new ClientMessage.ReqMarketDataType(3),
                Vectors.roundTripClient(new ClientMessage.ReqMarketDataType(3), "59|1|3|"));
        assertEquals(new ClientMessage.CancelMktData(1001),
                Vectors.roundTripClient(new ClientMessage.CancelMktData(1001), "2|2|1001|"));
        assertEquals(new ClientMessage.CancelHistoricalData(4002),
                Vectors.roundTripClient(new ClientMessage.CancelHistoricalData(4002), "25|1|4002|"));
        assertEquals(new ClientMessage.CancelRealTimeBars(3001),
                Vectors.roundTripClient(new ClientMessage.CancelRealTimeBars(3001), "51|1|3001|"));
        assertEquals(new ClientMessage.ReqOpenOrders(), Vectors.roundTripClient(new ClientMessage.ReqOpenOrders(), "5|1|"));
        assertEquals(new ClientMessage.ReqAllOpenOrders(),
                Vectors.roundTripClient(new ClientMessage.ReqAllOpenOrders(), "16|1|"));
        assertEquals(new ClientMessage.ReqAutoOpenOrders(true),
                Vectors.roundTripClient(new ClientMessage.ReqAutoOpenOrders(true), "15|1|1|"));
        assertEquals(new ClientMessage.ReqAccountUpdates(true, "DU1234567"),
                Vectors.roundTripClient(new ClientMessage.ReqAccountUpdates(true, "DU1234567"), "6|2|1|DU1234567|"));
        assertEquals(new ClientMessage.ReqPositions(), Vectors.roundTripClient(new ClientMessage.ReqPositions(), "61|1|"));
        assertEquals(new ClientMessage.ReqGlobalCancel(),
                Vectors.roundTripClient(new ClientMessage.ReqGlobalCancel(), "58|1|"));
        assertEquals(new ClientMessage.ReqCompletedOrders(false),
                Vectors.roundTripClient(new ClientMessage.ReqCompletedOrders(false), "99|0|"));
        assertEquals(new ClientMessage.ReqAccountUpdatesMulti(9, "DU1", "", true),
                Vectors.roundTripClient(new ClientMessage.ReqAccountUpdatesMulti(9, "DU1", "", true), "76|1|9|DU1||1|"));
        assertEquals(new ClientMessage.ReqExecutions(5001, ExecutionFilter.ALL),
                Vectors.roundTripClient(new ClientMessage.ReqExecutions(5001, ExecutionFilter.ALL), "7|3|5001|0|||||||"));
    }

    @Test
    void reqContractDetails() {
        String v = "9|8|9001|0|AAPL|STK||0.0|||SMART||USD|||0||||";
        assertEquals(19, Vectors.count(v));
        ClientMessage back = Vectors.roundTripClient(new ClientMessage.ReqContractDetails(9001, AAPL, false, ""), v);
        assertEquals(new ClientMessage.ReqContractDetails(9001, AAPL, false, ""), back);
    }

    @Test
    void reqMktDataWithRtVolume() {
        String v = "1|11|1001|0|AAPL|STK||0.0|||SMART||USD|||0|233|0|0||";
        assertEquals(20, Vectors.count(v));
        ClientMessage m = new ClientMessage.ReqMktData(1001, AAPL, "233", false, false);
        assertEquals(m, Vectors.roundTripClient(m, v));
    }

    @Test
    void reqRealTimeBars() {
        String v = "50|3|3001|0|AAPL|STK||0.0|||SMART||USD|||5|TRADES|1||";
        assertEquals(19, Vectors.count(v));
        ClientMessage m = new ClientMessage.ReqRealTimeBars(3001, AAPL, 5, "TRADES", true);
        assertEquals(m, Vectors.roundTripClient(m, v));
    }

    @Test
    void reqHistoricalDataBarSizeBeforeDuration() {
        String v = "20|4001|0|AAPL|STK||0.0|||SMART||USD|||0|20240105 16:00:00 US/Eastern|1 min|1 D|1|TRADES|1|0||";
        assertEquals(23, Vectors.count(v));
        ClientMessage m = new ClientMessage.ReqHistoricalData(4001, AAPL, false, "20240105 16:00:00 US/Eastern",
                "1 min", "1 D", true, "TRADES", 1, false);
        assertEquals(m, Vectors.roundTripClient(m, v));
    }

    @Test
    void reqHistoricalDataKeepUpToDate() {
        String v = "20|4002|0|AAPL|STK||0.0|||SMART||USD|||0||5 secs|3600 S|0|MIDPOINT|2|1||";
        ClientMessage m = new ClientMessage.ReqHistoricalData(4002, AAPL, false, "", "5 secs", "3600 S", false,
                "MIDPOINT", 2, true);
        assertEquals(m, Vectors.roundTripClient(m, v));
    }

    @Test
    void cancelOrderVersionGate() {
        assertEquals("4|1|11||||2147483647|", Vectors.encode(new ClientMessage.CancelOrder(11, ""), 187));
        assertEquals("4|1|11||", Vectors.encode(new ClientMessage.CancelOrder(11, ""), 186));
        assertEquals(new ClientMessage.CancelOrder(11, ""), Vectors.decodeClient("4|1|11||||2147483647|", 187));
        assertEquals(new ClientMessage.CancelOrder(11, ""), Vectors.decodeClient("4|1|11||", 180));
    }

    /** The reference's placeOrder table (§3.9), one entry per field index, for a plain order. */
    static List<String> placeOrderFields(String orderId, String action, String qty, String type, String lmt,
                                         String aux, String tif, String account, String orderRef, String outsideRth,
                                         String gtd) {
        List<String> f = new ArrayList<>(Arrays.asList("3", orderId, "0", "AAPL", "STK", "", "0.0", "", "", "SMART",
                "", "USD", "", "", "", "", action, qty, type, lmt, aux, tif, "", account, "", "0", orderRef, "1", "0",
                "0", "0", "0", "0", outsideRth, "0", "", "0", "", gtd, "", "", "", "", "0", "", "-1", "0", "", "",
                "0", "", "", "0", "0", "", "0", "", "", "", "", "", "0", "", "", "", "", "0", "", "", "", "", "", "",
                "", "", "", "", "0", "", "", "0", "0", "", "", "0", "", "0", "0", "0", "0", ""));
        String max = "1.7976931348623157e+308"; // IB's client writes Python's repr
        f.addAll(Arrays.asList(max, max, max, max, max, "0", "", "", "", max, "", "", "", "", "0", "0", "0", "",
                "2147483647", "2147483647", "0", "", "", "", "0", "", "2147483647"));
        return f;
    }

    @Test
    void placeOrderMarket() {
        List<String> f = placeOrderFields("11", "BUY", "100", "MKT", "", "", "DAY", "", "", "0", "");
        assertEquals(118, f.size());
        String v = String.join("|", f) + "|";
        Order o = Order.builder().orderId(11).action("BUY").totalQuantity(100).orderType("MKT").build();
        ClientMessage back = Vectors.roundTripClient(new ClientMessage.PlaceOrder(11, AAPL, o), v);
        assertEquals(new ClientMessage.PlaceOrder(11, AAPL, o), back);
    }

    @Test
    void placeOrderLimitGtcOutsideRth() {
        String v = String.join("|", placeOrderFields("12", "SELL", "50", "LMT", "187.25", "", "GTC", "DU1234567",
                "strat-1", "1", "")) + "|";
        Order o = Order.builder().orderId(12).action("SELL").totalQuantity(50).orderType("LMT").lmtPrice(187.25)
                .tif("GTC").account("DU1234567").orderRef("strat-1").outsideRth(true).build();
        assertEquals(new ClientMessage.PlaceOrder(12, AAPL, o),
                Vectors.roundTripClient(new ClientMessage.PlaceOrder(12, AAPL, o), v));
    }

    @Test
    void placeOrderStopLimitGtd() {
        String v = String.join("|", placeOrderFields("14", "SELL", "100", "STP LMT", "179.5", "180.0", "GTD", "",
                "", "0", "20240110 16:00:00 US/Eastern")) + "|";
        Order o = Order.builder().orderId(14).action("SELL").totalQuantity(100).orderType("STP LMT").lmtPrice(179.5)
                .auxPrice(180.0).tif("GTD").goodTillDate("20240110 16:00:00 US/Eastern").build();
        assertEquals(new ClientMessage.PlaceOrder(14, AAPL, o),
                Vectors.roundTripClient(new ClientMessage.PlaceOrder(14, AAPL, o), v));
    }

    @Test
    void placeOrderFieldCountsFollowVersionGates() {
        ClientMessage m = new ClientMessage.PlaceOrder(11, AAPL,
                Order.builder().orderId(11).totalQuantity(100).build());
        int[][] expected = {{176, 115}, {177, 114}, {178, 114}, {183, 115}, {184, 116}, {186, 116}, {187, 118}};
        for (int[] e : expected) {
            FieldWriter w = new FieldWriter();
            m.write(w, e[0]);
            assertEquals(e[1], w.fieldCount(), "placeOrder fields at " + e[0]);
            FieldReader r = new FieldReader(w.toPayload());
            assertEquals(m, ClientMessage.read(r, e[0]));
        }
    }

    @Test
    void placeOrderWithOptionalGroupsIsReadPastThem() {
        // An order from another client with algo, hedge, scale and delta-neutral groups present
        // (edited from the back so that earlier indices stay valid).
        List<String> f = placeOrderFields("15", "BUY", "10", "LMT", "1.5", "", "DAY", "", "", "0", "");
        f.set(82, "Vwap");
        f.addAll(83, List.of("1", "maxPctVol", "0.1"));
        f.set(76, "D");
        f.add(77, "0.5");
        f.set(72, "0.5");
        f.addAll(73, List.of("", "", "", "0", "", "", "0"));
        f.set(64, "LMT");
        f.addAll(66, List.of("0", "", "", "", "", "0", "0", ""));
        FieldReader r = new FieldReader(Vectors.payload(String.join("|", f) + "|"));
        ClientMessage.PlaceOrder m = (ClientMessage.PlaceOrder) ClientMessage.read(r, 187);
        assertEquals(1.5, m.order().lmtPrice());
        assertEquals(10.0, m.order().totalQuantity());
    }

    @Test
    void placeOrderWithConditionsIsRefusedClearly() {
        List<String> f = placeOrderFields("16", "BUY", "10", "MKT", "", "", "DAY", "", "", "0", "");
        f.set(89, "1");
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> Vectors.decodeClient(String.join("|", f) + "|", 187));
        assertEquals("message 3: order conditions are not supported (1 given)", e.getMessage());
    }

    @Test
    void unknownRequestIsKeptRaw() {
        ClientMessage m = Vectors.decodeClient("82|1|4|", 187);
        assertInstanceOf(ClientMessage.Unhandled.class, m);
        assertEquals(List.of("1", "4"), ((ClientMessage.Unhandled) m).fields());
        assertEquals("82|1|4|", Vectors.encode(m, 187));
    }
}
