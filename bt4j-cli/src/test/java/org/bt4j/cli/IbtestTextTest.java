package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.bt4j.feed.PushFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.junit.jupiter.api.Test;

class IbtestTextTest {

    static PushFeed seedBar() {
        PushFeed d = new PushFeed("TWTR");
        // 2016-06-20 10:37:35 in New York, the first bar of the seed's output
        d.push(1_466_433_455_000_000_000L, 15.96, 15.97, 15.96, 15.96, 0, 0);
        d.next();
        return d;
    }

    @Test
    void barLineIsTheSeeds() {
        assertEquals("0001, 2016-06-20T10:37:35.000000, 15.96, 15.97, 15.96, 15.96, 0.0, 0, nan",
                IbtestText.bar(1, seedBar(), ZoneId.of("America/New_York"), Double.NaN));
        assertEquals("0012, 2016-06-20T14:37:35.000000, 15.96, 15.97, 15.96, 15.96, 0.0, 0, 15.964",
                IbtestText.bar(12, seedBar(), ZoneId.of("UTC"), 15.964));
        assertEquals("0012, 2016-06-20T14:37:35.000000, 15.96, 15.97, 15.96, 15.96, 0.0, 0",
                IbtestText.bar(12, seedBar(), ZoneId.of("UTC")).toString());
        assertEquals("Datetime, Open, High, Low, Close, Volume, OpenInterest", IbtestText.header(false));
    }

    @Test
    void orderBlockFollowsBacktradersLayout() {
        Order o = Order.create(1, true, null, seedBar(), 10, OrderArgs.of().exectype(ExecType.Limit).price(14.36));
        o.submit();
        String text = IbtestText.order(o, ZoneId.of("UTC"), null);
        assertTrue(text.startsWith("Ref: 1\nOrdType: 0\nOrdType: Buy\nStatus: 1\nStatus: Submitted\nSize: 10\n"
                + "Price: 14.36\nPrice Limit: None\n"), text);
        assertTrue(text.endsWith("Alive: True"), text);
        assertTrue(IbtestText.header(true).startsWith("Datetime, Open, High"));
        assertEquals("10", IbtestText.number(10.0));
        assertEquals("10.5", IbtestText.number(10.5));
    }
}
