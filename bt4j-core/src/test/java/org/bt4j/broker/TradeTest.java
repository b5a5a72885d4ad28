package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.feed.ArrayFeed;
import org.bt4j.testkit.DailyBars;
import org.junit.jupiter.api.Test;

/**
 * {@link Trade#update}: status Created/Open/Closed, average entry, gross pnl on the average entry,
 * commission accrued over entry and exit, pnlcomm, value, bar and time bookkeeping — backtrader's
 * Trade.update rules; the reversal case is the inventory's verified example (A13).
 */
class TradeTest {

    private static final CommInfo STOCK = CommInfo.defaultScheme();

    private final ArrayFeed data = DailyBars.at(DailyBars.closes(100, 101, 102, 103, 104), 1);

    @Test
    void reversalExampleOfTheInventory() {
        // buy 1 at 100 with comm 0.1 on bar 1; on bar 3 sell 3 at 101 with comm 0.303, which the
        // broker splits into closing 1 (comm 0.101) and opening -2 (comm 0.202)
        Trade t1 = new Trade(1, data, 0);
        assertEquals(Trade.Status.Created, t1.status());
        t1.update(1, 100, 0.1, STOCK);
        assertEquals(Trade.Status.Open, t1.status());
        assertTrue(t1.justOpened());
        assertTrue(t1.isOpen());
        assertTrue(t1.isLong());
        assertEquals(1, t1.barOpen());
        assertEquals(DailyBars.T0, t1.dtOpen());
        assertEquals(-0.1, t1.pnlcomm(), 1e-12);

        DailyBars.step(data);
        DailyBars.step(data);
        t1.update(-1, 101, 0.101, STOCK);
        assertEquals(Trade.Status.Closed, t1.status());
        assertTrue(t1.isClosed());
        assertFalse(t1.isOpen());
        assertFalse(t1.justOpened());
        assertEquals(1.0, t1.pnl(), 1e-12);
        assertEquals(0.201, t1.commission(), 1e-12);
        assertEquals(0.799, t1.pnlcomm(), 1e-12);
        assertEquals(3, t1.barClose());
        assertEquals(2, t1.barLen());
        assertEquals(DailyBars.T0 + 2 * DailyBars.DAY, t1.dtClose());
        assertEquals(0.0, t1.size());
        assertEquals(1.0, t1.sizeOpen());

        Trade t2 = new Trade(2, data, 0);
        t2.update(-2, 101, 0.202, STOCK);
        assertFalse(t2.isLong());
        assertEquals(-2.0, t2.sizeOpen());
        assertEquals(-0.202, t2.pnlcomm(), 1e-12);
        assertEquals(-202.0, t2.value(), 1e-12); // stock value of -2 at 101
        assertEquals(3, t2.barOpen());
    }

    @Test
    void increasesReaverageWithoutPnlAndReductionsRealiseOnTheAverage() {
        Trade t = new Trade(1, data, 7);
        t.update(2, 100, 0, STOCK);
        t.update(2, 104, 0, STOCK); // (2*100 + 2*104) / 4
        assertEquals(102.0, t.price(), 1e-12);
        assertEquals(0.0, t.pnl());
        assertFalse(t.justOpened());
        t.update(-1, 110, 0, STOCK); // 1 * (110 - 102)
        assertEquals(8.0, t.pnl(), 1e-12);
        assertEquals(102.0, t.price(), 1e-12);
        assertEquals(306.0, t.value(), 1e-12);
        assertEquals(Trade.Status.Open, t.status());
        assertEquals(7, t.tradeId());
    }

    @Test
    void shortGainsWhenThePriceFallsAndFuturesUseMultAndMargin() {
        Trade s = new Trade(1, data, 0);
        s.update(-2, 50, 0, STOCK);
        s.update(2, 45, 0, STOCK); // -(+2) * (45 - 50)
        assertEquals(10.0, s.pnl(), 1e-12);

        CommInfo fut = CommInfo.setCommission(2.0, 2000, 10);
        Trade f = new Trade(2, data, 0);
        f.update(3, 4000, 6, fut);
        assertEquals(6000.0, f.value(), 1e-9); // |3| * margin 2000
        f.update(-3, 3990, 6, fut); // 3 * (3990 - 4000) * 10
        assertEquals(-300.0, f.pnl(), 1e-9);
        assertEquals(-312.0, f.pnlcomm(), 1e-9);
        assertEquals(0.0, f.value());
    }

    @Test
    void zeroDeltaIsIgnoredAndSnapshotsDoNotFollowLaterUpdates() {
        Trade t = new Trade(1, data, 0);
        t.update(0, 100, 5, STOCK);
        assertEquals(Trade.Status.Created, t.status());
        assertEquals(0.0, t.commission());
        t.update(1, 100, 0, STOCK);
        Trade snap = t.snapshot();
        t.update(-1, 120, 0, STOCK);
        assertEquals(Trade.Status.Open, snap.status());
        assertEquals(0.0, snap.pnl());
        assertEquals(Long.MIN_VALUE, snap.dtClose());
        assertEquals(20.0, t.pnl(), 1e-12);
        assertEquals(1, snap.ref());
    }
}
