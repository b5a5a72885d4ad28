package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class DaySplitterCloseTest {

    @Test
    void splitsADayIntoSessionStartAndSessionEndTicks() {
        ArrayFeed src = FilterTestBars.feed(TimeFrame.Days,
            new long[] {EpochNanos.of(2020, 1, 2, 23, 59, 59, 999_990_000)}, new double[][] {{10, 13, 8, 12, 101}});
        src.sessions(LocalTime.of(9, 30), LocalTime.of(16, 0));
        List<String> rows = FilterTestBars.run(new DaySplitterClose(src));
        assertEquals(List.of("1 2020-01-02T09:30:00 10.0 13.0 8.0 10.333333333333334 50.0",
            "2 2020-01-02T16:00:00 12.0 12.0 12.0 12.0 51.0"), rows);
    }
}
