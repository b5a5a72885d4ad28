package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void builderStartsFromIbsDefaults() {
        Order o = Order.builder().build();
        assertEquals("BUY", o.action());
        assertEquals("MKT", o.orderType());
        assertEquals("DAY", o.tif());
        assertTrue(o.transmit());
        assertEquals(Double.MAX_VALUE, o.lmtPrice(), "prices are unset, not zero");
        assertEquals(Double.MAX_VALUE, o.auxPrice());
        assertEquals(Double.MAX_VALUE, o.trailStopPrice());
        assertEquals(Double.MAX_VALUE, o.trailingPercent());
        assertEquals(0, o.origin(), "customer origin");
        assertEquals(0, o.parentId());
        assertFalse(o.outsideRth());
        assertFalse(o.whatIf());
        assertEquals("", o.goodTillDate());
    }

    @Test
    void nullTextsBecomeEmpty() {
        Order o = new Order(1, 2, 3, 0, null, 10, null, 1.5, Wire.UNSET_DOUBLE, null, null, 0, null, null, 0, null,
                true, false, false, null, null, Wire.UNSET_DOUBLE, Wire.UNSET_DOUBLE, 0, false);
        for (String s : new String[] {o.action(), o.orderType(), o.tif(), o.ocaGroup(), o.account(), o.openClose(),
                o.orderRef(), o.goodAfterTime(), o.goodTillDate()}) {
            assertEquals("", s);
        }
    }

    @Test
    void toBuilderCarriesEveryField() {
        // every field differs from the builder's default, so a field toBuilder forgets shows up as a difference
        Order full = new Order(11, 7, 1_376_327_563L, 10, "SELL", 250, "TRAIL LIMIT", 187.25, 0.5, "GTD", "oca-1", 2,
                "DU1234567", "C", 1, "strat-1", false, true, true, "20240105 09:30:00 US/Eastern",
                "20240112 16:00:00 US/Eastern", 180.0, 1.5, 4, true);
        assertEquals(full, full.toBuilder().build());
        Order changed = full.toBuilder().lmtPrice(188).build();
        assertEquals(188.0, changed.lmtPrice());
        assertEquals(full.orderRef(), changed.orderRef());
    }

    @Test
    void setterPerFieldReachesTheRecord() {
        Order o = Order.builder().orderId(14).clientId(3).permId(99).parentId(13).action("SSHORT").totalQuantity(100)
                .orderType("STP LMT").lmtPrice(179.5).auxPrice(180).tif("GTC").ocaGroup("g").ocaType(3).account("U1")
                .openClose("O").origin(1).orderRef("r").transmit(false).outsideRth(true).hidden(true)
                .goodAfterTime("a").goodTillDate("b").trailStopPrice(1).trailingPercent(2).triggerMethod(7)
                .whatIf(true).build();
        assertEquals(new Order(14, 3, 99, 13, "SSHORT", 100, "STP LMT", 179.5, 180, "GTC", "g", 3, "U1", "O", 1, "r",
                false, true, true, "a", "b", 1, 2, 7, true), o);
    }
}
