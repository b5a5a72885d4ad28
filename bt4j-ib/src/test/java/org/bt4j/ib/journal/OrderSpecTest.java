package org.bt4j.ib.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderSpecTest {

    @Test
    void textFormRoundTripsEveryFieldIncludingNanAndSeparators() {
        OrderSpec s = new OrderSpec("EUR.USD-CASH-IDEALPRO", "SELL", 25000, "StopTrail", 1.0875, Double.NaN, 0.002,
                Double.NaN, "GTD 20240105 21:00:00 UTC", 17, "oca;1=x%y", 3);
        String text = s.toText();
        assertEquals(1, text.lines().count());
        assertEquals(s, OrderSpec.parse(text));
        assertTrue(text.startsWith("data=EUR.USD-CASH-IDEALPRO;action=SELL;size=25000.0;exectype=StopTrail;"), text);
        assertTrue(text.contains("oca=oca%3B1%3Dx%25y"), text);
    }

    @Test
    void plainOrderHasNoExtras() {
        OrderSpec s = OrderSpec.of("TWTR-STK-SMART", "BUY", 10, "Market", Double.NaN);
        assertEquals("", s.validity());
        assertEquals(0, s.parentKey());
        assertEquals(s, OrderSpec.parse(s.toText()));
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertEquals("order action must be BUY or SELL, got HOLD", assertThrows(IllegalArgumentException.class,
                () -> OrderSpec.of("X", "HOLD", 1, "Market", 0)).getMessage());
        assertEquals("order size must be a positive number, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> OrderSpec.of("X", "BUY", 0, "Market", 0)).getMessage());
        assertEquals("order spec has no 'tradeid'", assertThrows(IllegalArgumentException.class,
                () -> OrderSpec.parse("data=X;action=BUY;size=1;exectype=Market;price=nan;pricelimit=nan;"
                        + "trailamount=nan;trailpercent=nan;valid=;parent=0;oca=")).getMessage());
        assertEquals("order spec part 'junk' is not key=value", assertThrows(IllegalArgumentException.class,
                () -> OrderSpec.parse("junk")).getMessage());
    }
}
