package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class HeikinAshiTest {

    @Test
    void candlesFollowTheHeikinAshiRecurrence() {
        List<String> rows = FilterTestBars.run(new HeikinAshi(FilterTestBars.feed(TimeFrame.Days,
            new long[] {1, 2}, new double[][] {{10, 14, 8, 12, 100}, {12, 13, 11, 11.5, 50}})));
        // bar 1: close (10+14+8+12)/4 = 11, open (10+12)/2 = 11, high 14, low 8
        // bar 2: close (12+13+11+11.5)/4 = 11.875, open (11+11)/2 = 11, high 13, low 11
        assertEquals(List.of("1 1970-01-01T00:00:00 11.0 14.0 8.0 11.0 100.0",
            "2 1970-01-01T00:00:00 11.0 13.0 11.0 11.875 50.0"), rows);
    }
}
