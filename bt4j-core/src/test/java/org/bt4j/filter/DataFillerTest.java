package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class DataFillerTest {

    @Test
    void fillsMinuteGapsAndAcrossSessions() {
        ArrayFeed src = FilterTestBars.feed(TimeFrame.Minutes,
            new long[] {FilterTestBars.t(2020, 1, 2, 10, 31), FilterTestBars.t(2020, 1, 2, 10, 34),
                FilterTestBars.t(2020, 1, 3, 9, 32)},
            new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}});
        src.sessions(LocalTime.of(9, 30), LocalTime.of(10, 36));
        List<String> rows = FilterTestBars.run(new DataFiller(src, 0, 0, 0));
        assertEquals(List.of(
            "1 2020-01-02T10:31:00 1.0 1.0 1.0 1.0 1.0",
            "2 2020-01-02T10:32:00 1.0 1.0 1.0 1.0 0.0",
            "3 2020-01-02T10:33:00 1.0 1.0 1.0 1.0 0.0",
            "4 2020-01-02T10:34:00 2.0 2.0 2.0 2.0 2.0",
            "5 2020-01-02T10:35:00 2.0 2.0 2.0 2.0 0.0",
            "6 2020-01-03T09:30:00 2.0 2.0 2.0 2.0 0.0",
            "7 2020-01-03T09:31:00 2.0 2.0 2.0 2.0 0.0",
            "8 2020-01-03T09:32:00 3.0 3.0 3.0 3.0 3.0"), rows);
    }
}
