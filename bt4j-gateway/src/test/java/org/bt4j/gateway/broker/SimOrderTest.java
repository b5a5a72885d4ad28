package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.bt4j.ib.wire.Order;
import org.junit.jupiter.api.Test;

class SimOrderTest {

    private static final double EPS = 1e-9;
    private final Instrument aapl = Instrument.builder("AAPL", SecType.STK).conId(265598).build();

    private SimOrder order(String action, double qty, String type) {
        Order spec = Order.builder().orderId(7).clientId(3).permId(999).action(action).totalQuantity(qty)
                .orderType(type).build();
        return new SimOrder(aapl, spec, 1_000_001L, 42L);
    }

    @Test
    void newOrderIsPendingWithNothingFilled() {
        SimOrder o = order("BUY", 200, "MKT");
        assertEquals(OrderStatus.PendingSubmit, o.status());
        assertEquals(7, o.orderId());
        assertEquals(3, o.clientId());
        assertEquals(1_000_001L, o.permId(), "the gateway's perm id wins over the client's");
        assertEquals(42L, o.createdNanos());
        assertEquals(0.0, o.filled());
        assertEquals(200.0, o.remaining());
        assertTrue(Double.isNaN(o.trailLevel()));
        assertEquals(Long.MAX_VALUE, o.expiresNanos());
        assertEquals(0L, o.completedNanos());
        assertFalse(o.transmitted());
    }

    @Test
    void fillsAccumulateAVolumeWeightedAveragePrice() {
        SimOrder o = order("BUY", 200, "LMT");
        assertEquals(100.0, o.fill(100, 10.00, 1.00));
        assertEquals(150.0, o.fill(50, 10.30, 0.25));
        // (100 × 10.00 + 50 × 10.30) / 150 = 1515 / 150 = 10.10
        assertEquals(10.10, o.avgFillPrice(), EPS);
        assertEquals(10.30, o.lastFillPrice());
        assertEquals(1.25, o.commission(), EPS);
        assertEquals(50.0, o.remaining());
        o.fill(50, 10.40, 0.25);
        // (1515 + 520) / 200 = 10.175
        assertEquals(10.175, o.avgFillPrice(), EPS);
        assertEquals(0.0, o.remaining());
    }

    @Test
    void remainingNeverGoesNegativeWhenTheOrderIsShrunkBelowItsFill() {
        SimOrder o = order("SELL", 100, "LMT");
        o.fill(80, 5.0, 1.0);
        o.spec(o.spec().toBuilder().totalQuantity(50).build());
        assertEquals(0.0, o.remaining());
    }

    @Test
    void completionTimeIsStampedOnceOnTheFirstFinalStatus() {
        SimOrder o = order("BUY", 10, "MKT");
        o.status(OrderStatus.Submitted, 100);
        assertEquals(0L, o.completedNanos(), "working statuses do not complete an order");
        o.status(OrderStatus.Filled, 200);
        assertEquals(200L, o.completedNanos());
        o.status(OrderStatus.Cancelled, 300);
        assertEquals(200L, o.completedNanos());
        assertEquals(OrderStatus.Cancelled, o.status());
    }

    @Test
    void sideAndTypeAreReadLeniently() {
        SimOrder o = order("buy", 1, "stplmt");
        assertTrue(o.isBuy());
        assertEquals("STP LMT", o.type());
        assertFalse(order("SELL", 1, "MKT").isBuy());
        assertFalse(order("SSHORT", 1, "MKT").isBuy());
    }

    @Test
    void restoreBringsBackEveryPersistedField() {
        SimOrder o = order("BUY", 300, "TRAIL");
        o.restore(OrderStatus.Submitted, 100, 12.5, 12.6, 1.5, true, true, 11.9, 5_000L, 0L);
        assertEquals(OrderStatus.Submitted, o.status());
        assertEquals(100.0, o.filled());
        assertEquals(200.0, o.remaining());
        assertEquals(12.5, o.avgFillPrice());
        assertEquals(12.6, o.lastFillPrice());
        assertEquals(1.5, o.commission());
        assertTrue(o.transmitted());
        assertTrue(o.triggered());
        assertEquals(11.9, o.trailLevel());
        assertEquals(5_000L, o.expiresNanos());
        // a further fill continues from the restored average: (100 × 12.5 + 100 × 13.1) / 200 = 12.8
        o.fill(100, 13.1, 0.5);
        assertEquals(12.8, o.avgFillPrice(), EPS);
        assertEquals(2.0, o.commission(), EPS);
    }

    @Test
    void describesItselfForLogs() {
        String s = order("BUY", 200, "MKT").toString();
        assertTrue(s.contains("order 7/3 BUY 200.0 AAPL MKT PendingSubmit"), s);
    }
}
