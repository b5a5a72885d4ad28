package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCodecTest {

    private static final Contract AAPL = new Contract(265598, "AAPL", "STK", "", 0, "", "", "SMART", "", "USD", "AAPL",
            "NMS", "", "");

    private static Order mkt() {
        return Order.builder().orderId(13).clientId(100).permId(1376327563L).action("BUY").totalQuantity(100)
                .orderType("MKT").lmtPrice(0.0).tif("DAY").account("DU1234567").ocaType(3).build();
    }

    private static List<String> fields(ServerMessage m, int v) {
        FieldWriter w = new FieldWriter();
        m.write(w, v);
        String s = w.toString();
        return Arrays.asList(s.substring(0, s.length() - 1).split("\\|", -1));
    }

    @Test
    void openOrderHasTwsFieldCountsAndKeyPositions() {
        ServerMessage m = new ServerMessage.OpenOrder(AAPL, mkt(), OrderState.of("PreSubmitted"));
        List<String> f = fields(m, 187);
        assertEquals(138, f.size());
        assertEquals("", f.get(30)); // sharesAllocation
        assertEquals("None", f.get(61)); // deltaNeutralOrderType as TWS sends it
        assertEquals("PreSubmitted", f.get(93));
        assertEquals("None", f.get(111)); // adjustedOrderType
        assertEquals(136, fields(m, 176).size());
        assertEquals(135, fields(m, 177).size());
        assertEquals(135, fields(m, 182).size());
    }

    @Test
    void openOrderRoundTripsAtEveryVersion() {
        OrderState state = new OrderState("Filled", 1.0, U(), U(), "USD", "", U(), "", "");
        ServerMessage m = new ServerMessage.OpenOrder(AAPL, mkt(), state);
        for (int v = Wire.MIN_VERSION; v <= Wire.MAX_VERSION; v++) {
            FieldWriter w = new FieldWriter();
            m.write(w, v);
            FieldReader r = new FieldReader(w.toPayload());
            ServerMessage.OpenOrder back = (ServerMessage.OpenOrder) ServerMessage.read(r, v);
            assertEquals(AAPL.withExchange("SMART").withPrimaryExchange(""), back.contract());
            assertEquals(mkt(), back.order());
            assertEquals(state, back.state());
        }
    }

    @Test
    void openOrderWithoutDeltaNeutralBlockAsOtherServersSendIt() {
        List<String> f = new java.util.ArrayList<>(fields(
                new ServerMessage.OpenOrder(AAPL, mkt(), OrderState.of("Submitted")), 187));
        f.set(61, "");
        f.subList(63, 71).clear();
        FieldReader r = new FieldReader(Vectors.payload(String.join("|", f) + "|"));
        ServerMessage.OpenOrder back = (ServerMessage.OpenOrder) ServerMessage.read(r, 187);
        assertEquals("Submitted", back.state().status());
        assertEquals(100.0, back.order().totalQuantity());
    }

    @Test
    void completedOrderRoundTrips() {
        Order o = mkt().toBuilder().orderId(0).clientId(0).build();
        OrderState s = new OrderState("Filled", U(), U(), U(), "", "", 100, "20240105 09:31:02 US/Eastern", "Filled");
        ServerMessage m = new ServerMessage.CompletedOrder(AAPL, o, s);
        for (int v : new int[] {176, 178, 187}) {
            FieldWriter w = new FieldWriter();
            m.write(w, v);
            FieldReader r = new FieldReader(w.toPayload());
            ServerMessage.CompletedOrder back = (ServerMessage.CompletedOrder) ServerMessage.read(r, v);
            assertFalse(r.hasMore());
            assertEquals(o, back.order());
            assertEquals(s, back.state());
        }
    }

    private static double U() {
        return Wire.UNSET_DOUBLE;
    }
}
