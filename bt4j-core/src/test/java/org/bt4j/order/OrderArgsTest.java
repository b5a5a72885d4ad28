package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.feed.ArrayFeed;
import org.bt4j.testkit.DailyBars;
import org.bt4j.testkit.OrderFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderArgs}: backtrader's buy/sell keyword defaults (Market, no price, sizer size,
 * tradeid 0, transmit True, GTC), the unsigned-size rule and independent copies.
 */
class OrderArgsTest {

    @Test
    void defaultsAreBacktradersKeywordDefaults() {
        OrderArgs a = OrderArgs.of();
        assertEquals(ExecType.Market, a.exectype());
        assertTrue(Double.isNaN(a.size()));
        assertTrue(Double.isNaN(a.price()));
        assertTrue(Double.isNaN(a.plimit()));
        assertEquals(0, a.tradeId());
        assertTrue(a.transmit());
        assertNull(a.valid());
        assertNull(a.oco());
        assertNull(a.parent());
        assertNull(a.data());
        assertEquals(0.0, a.trailAmount());
        assertEquals(0.0, a.trailPercent());
    }

    @Test
    void sizeIsUnsigned() {
        assertThrows(IllegalArgumentException.class, () -> OrderArgs.of().size(-1));
        assertEquals(0.0, OrderArgs.of().size(0).size());
    }

    @Test
    void copiesAreIndependentIncludingInfo() {
        ArrayFeed data = DailyBars.at(DailyBars.closes(10), 1);
        Order other = OrderFixtures.market(1, data, true, 1);
        OrderArgs a = OrderArgs.of().data(data).size(3).price(9).plimit(8.5).exectype(ExecType.StopLimit)
                .tradeId(2).oco(other).trailAmount(0.5).trailPercent(0.01).transmit(false).info("k", "v");
        OrderArgs c = a.copy();
        a.size(4).info("k", "changed").transmit(true);
        assertEquals(3.0, c.size());
        assertFalse(c.transmit());
        assertSame(data, c.data());
        assertSame(other, c.oco());
        assertEquals(ExecType.StopLimit, c.exectype());
        assertEquals(9.0, c.price());
        assertEquals(8.5, c.plimit());
        assertEquals(2, c.tradeId());
        assertEquals(0.5, c.trailAmount());
        assertEquals(0.01, c.trailPercent());
        Order made = Order.create(2, true, null, data, 1, c);
        assertEquals("v", made.info().get("k"));
    }
}
