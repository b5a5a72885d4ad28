package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BarSizeTest {

    @Test
    void parsesTwsSpellingsAndCommonVariants() {
        assertEquals(BarSize.SECS_1, BarSize.parseOrNull("1 secs"));
        assertEquals(BarSize.SECS_1, BarSize.parseOrNull("1 sec"));
        assertEquals(BarSize.MIN_1, BarSize.parseOrNull("1 min"));
        assertEquals(BarSize.MINS_5, BarSize.parseOrNull("5 mins"));
        assertEquals(BarSize.HOUR_1, BarSize.parseOrNull("1 hour"));
        assertEquals(BarSize.HOURS_2, BarSize.parseOrNull("2 hours"));
        assertEquals(BarSize.DAY_1, BarSize.parseOrNull("1 day"));
        assertEquals(BarSize.WEEK_1, BarSize.parseOrNull("1W"));
        assertEquals(BarSize.WEEK_1, BarSize.parseOrNull("1 week"));
        assertEquals(BarSize.MONTH_1, BarSize.parseOrNull("1 M"));
        assertNull(BarSize.parseOrNull("7 mins"));
        assertTrue(BarSize.legal().startsWith("1 secs, 5 secs"));
        assertEquals(new HistDuration(3600, 'S'), HistDuration.parseOrNull("3600 S"));
        assertNull(HistDuration.parseOrNull("1 day"));
        assertFalse(new HistDuration(53, 'W').withinUnitMaximum());
    }
}
