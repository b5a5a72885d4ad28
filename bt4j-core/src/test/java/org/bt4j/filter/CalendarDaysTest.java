package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {

    private static ArrayFeed fridayMonday() {
        return FilterTestBars.feed(TimeFrame.Days,
            new long[] {FilterTestBars.t(2020, 1, 3, 16, 0), FilterTestBars.t(2020, 1, 6, 16, 0)},
            new double[][] {{10, 12, 8, 11, 100}, {11, 13, 10, 12, 50}});
    }

    @Test
    void fillsTheWeekendAtTheLastClose() {
        List<String> rows = FilterTestBars.run(new CalendarDays(fridayMonday()));
        assertEquals(List.of("1 2020-01-03T16:00:00 10.0 12.0 8.0 11.0 100.0",
            "2 2020-01-04T16:00:00 11.0 11.0 11.0 11.0 NaN",
            "3 2020-01-05T16:00:00 11.0 11.0 11.0 11.0 NaN",
            "4 2020-01-06T16:00:00 11.0 13.0 10.0 12.0 50.0"), rows);
    }

    @Test
    void midpointAndFixedPrices() {
        assertEquals("2 2020-01-04T16:00:00 10.0 10.0 10.0 10.0 0.0",
            FilterTestBars.run(new CalendarDays(fridayMonday(), -1, 0, 0)).get(1));
        assertEquals("2 2020-01-04T16:00:00 7.5 7.5 7.5 7.5 0.0",
            FilterTestBars.run(new CalendarDays(fridayMonday(), 7.5, 0, 0)).get(1));
        assertThrows(IllegalArgumentException.class, () -> new CalendarDays(fridayMonday(), -2, 0, 0));
    }
}
