package org.bt4j.ib.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.order.Validity;
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
    void aValidityKeepsTheLimitItResolvedTo() {
        assertEquals("", OrderSpec.validityText(null, 0));
        assertEquals("GTC", OrderSpec.validityText(Validity.gtc(), 0));
        String day = OrderSpec.validityText(Validity.day(), 1_704_488_400_000_000_000L);
        assertEquals("DAY@1704488400000000000", day);
        OrderSpec s = new OrderSpec("X", "BUY", 1, "Limit", 10.0, Double.NaN, Double.NaN, Double.NaN, day, 0, "", 0);
        OrderSpec back = OrderSpec.parse(s.toText());
        assertEquals(1_704_488_400_000_000_000L, back.validityLimit());
        assertTrue(back.dayValidity());
        OrderSpec gtc = OrderSpec.parse(s.toText().replace("valid=" + day, "valid=GTC"));
        assertEquals("GTC", gtc.validity());
        assertEquals(0L, gtc.validityLimit());
        assertFalse(gtc.dayValidity());
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
