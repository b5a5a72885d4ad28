package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class SessionFilterTest {

    @Test
    void dropsBarsOutsideTheSessionInclusiveEnds() {
        ArrayFeed src = FilterTestBars.feed(TimeFrame.Minutes,
            new long[] {FilterTestBars.t(2020, 1, 2, 9, 29), FilterTestBars.t(2020, 1, 2, 9, 30),
                FilterTestBars.t(2020, 1, 2, 16, 0), FilterTestBars.t(2020, 1, 2, 16, 1)},
            new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}, {4, 4, 4, 4, 4}});
        src.sessions(LocalTime.of(9, 30), LocalTime.of(16, 0));
        List<String> rows = FilterTestBars.run(new SessionFilter(src));
        assertEquals(List.of("1 2020-01-02T09:30:00 2.0 2.0 2.0 2.0 2.0", "2 2020-01-02T16:00:00 3.0 3.0 3.0 3.0 3.0"), rows);
    }
}
