package org.bt4j.ib.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.bt4j.feed.PushFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.Validity;
import org.junit.jupiter.api.Test;

class IbOrderMapperTest {

    private static PushFeed data() {
        PushFeed d = new PushFeed("TWTR");
        d.push(1_466_433_455_000_000_000L, 15.96, 15.97, 15.96, 15.96, 0, 0);
        d.next();
        return d;
    }

    private static org.bt4j.ib.wire.Order map(OrderArgs a, boolean buy) {
        Order o = Order.create(1, buy, null, data(), 10, a);
        return IbOrderMapper.toIb(o, 5, 7, "DU1", 0, "", a.valid(), 0.01);
    }

    @Test
    void orderTypesAndPrices() {
        assertEquals("MOC", map(OrderArgs.of().exectype(ExecType.Close), true).orderType());
        org.bt4j.ib.wire.Order lmt = map(OrderArgs.of().exectype(ExecType.Limit).price(14.364), true);
        assertEquals("LMT", lmt.orderType());
        assertEquals(14.36, lmt.lmtPrice());
        org.bt4j.ib.wire.Order stp = map(OrderArgs.of().exectype(ExecType.Stop).price(13.0), false);
        assertEquals("STP", stp.orderType());
        assertEquals("SELL", stp.action());
        assertEquals(13.0, stp.auxPrice());
        org.bt4j.ib.wire.Order sl = map(OrderArgs.of().exectype(ExecType.StopLimit).price(13.0).plimit(12.9), false);
        assertEquals("STP LMT", sl.orderType());
        assertEquals(12.9, sl.lmtPrice());
        org.bt4j.ib.wire.Order tr = map(OrderArgs.of().exectype(ExecType.StopTrail).trailPercent(0.02), false);
        assertEquals("TRAIL", tr.orderType());
        assertEquals(2.0, tr.trailingPercent());
        assertEquals("bt4j-1", tr.orderRef());
        assertThrows(IllegalArgumentException.class, () -> map(OrderArgs.of().exectype(ExecType.StopTrail), false));
    }

    @Test
    void validityIsGtcDayOrGtdInUtc() {
        assertEquals("GTC", map(OrderArgs.of(), true).tif());
        assertEquals("DAY", map(OrderArgs.of().valid(Validity.day()), true).tif());
        org.bt4j.ib.wire.Order gtd = map(OrderArgs.of().exectype(ExecType.Limit).price(15)
                .valid(Validity.after(Duration.ofSeconds(30))), true);
        assertEquals("GTD", gtd.tif());
        assertEquals("20160620-14:38:05", gtd.goodTillDate());
    }

    @Test
    void ticksRoundHalfEven() {
        assertEquals(15.25, IbOrderMapper.tick(15.26, 0.25));
        assertEquals(15.96, IbOrderMapper.tick(15.96, 0.0));
    }
}
