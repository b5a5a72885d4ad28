package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link SmaBracket} on {@link BuiltinRuns}' series: a market buy bracket on a cross up with the
 * stop {@code sl} below and the take-profit {@code tp} above the close; the children are the only
 * exit and never fill on the entry's bar.
 */
class SmaBracketTest {

    @Test
    void takeProfitExitsOnTheBarAfterTheEntry() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaBracket(), Map.of("sl", 0.1, "tp", 0.1));
        List<Order> o = r.orders();
        assertEquals(6, o.size()); // two brackets (bar 4 and bar 10)
        assertEquals(ExecType.Market, o.get(0).execType());
        assertEquals(11 * (1.0 - 0.1), o.get(1).createdPrice());
        assertEquals(11 * (1.0 + 0.1), o.get(2).createdPrice());
        // entry at bar 5's open 11.5; bar 5's high 13 passes the take-profit but the children are
        // only active from bar 6, whose open 12.5 is above the limit: filled at the open
        assertEquals(11.5, o.get(0).executed().price());
        assertEquals(OrderStatus.Canceled, o.get(1).status());
        assertEquals(12.5, o.get(2).executed().price());
        assertEquals(1.0, r.trades().get(0).pnl());
        // the second bracket's entry fills on the last bar; its children stay pending
        assertEquals(OrderStatus.Completed, o.get(3).status());
        assertTrue(o.get(4).isAlive());
        assertTrue(o.get(5).isAlive());
    }
}
