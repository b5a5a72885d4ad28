package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class SessionFillerTest {

    @Test
    void fillsGapsInsideAndUpToTheSessionEnd() {
        ArrayFeed src = FilterTestBars.feed(TimeFrame.Minutes,
            new long[] {FilterTestBars.t(2020, 1, 2, 9, 32), FilterTestBars.t(2020, 1, 2, 9, 35),
                FilterTestBars.t(2020, 1, 3, 9, 31)},
            new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}});
        src.sessions(LocalTime.of(9, 30), LocalTime.of(9, 37));
        List<String> rows = FilterTestBars.run(new SessionFiller(src));
        assertEquals(List.of(
            "1 2020-01-02T09:32:00 1.0 1.0 1.0 1.0 1.0",
            "2 2020-01-02T09:33:00 1.0 1.0 1.0 1.0 NaN",
            "3 2020-01-02T09:34:00 1.0 1.0 1.0 1.0 NaN",
            "4 2020-01-02T09:35:00 2.0 2.0 2.0 2.0 2.0",
            "5 2020-01-02T09:36:00 2.0 2.0 2.0 2.0 NaN",
            "6 2020-01-02T09:37:00 2.0 2.0 2.0 2.0 NaN",
            "7 2020-01-03T09:30:00 2.0 2.0 2.0 2.0 NaN",
            "8 2020-01-03T09:31:00 3.0 3.0 3.0 3.0 3.0"), rows);
    }

    @Test
    void needsAnIntradayFeed() {
        assertThrows(IllegalArgumentException.class, () -> new SessionFiller(FilterTestBars.feed(TimeFrame.Days,
            new long[] {1}, new double[][] {{1, 1, 1, 1, 1}})));
    }
}
