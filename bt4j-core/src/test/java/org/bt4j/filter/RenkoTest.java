package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class RenkoTest {

    @Test
    void fixedSizeBricksUpAndDown() {
        double[][] rows = {{100, 100, 100, 100, 1}, {100, 100, 100, 101, 1}, {101, 103, 101, 102.5, 1},
            {102, 102, 97, 97.5, 1}, {97, 97, 97, 97, 1}};
        List<String> got = FilterTestBars.run(new Renko(FilterTestBars.feed(TimeFrame.Days, new long[] {1, 2, 3, 4, 5}, rows),
            false, 2.0, 20.0, false, 1.0, true));
        // start 100: top 102, bottom 98; 101 no brick; 102.5 up brick 102..104; 97.5 down brick 102..100;
        // 97 another down brick 100..98 (one brick per bar). Down bricks keep backtrader's high/low order.
        assertEquals(List.of("1 1970-01-01T00:00:00 102.0 104.0 102.0 104.0 0.0",
            "2 1970-01-01T00:00:00 102.0 100.0 102.0 100.0 0.0",
            "3 1970-01-01T00:00:00 100.0 98.0 100.0 98.0 0.0"), got);
    }

    @Test
    void automaticSizeIsPriceFloorDividedByAutosize() {
        double[][] rows = {{100, 100, 100, 100, 1}, {106, 106, 106, 106, 1}};
        List<String> got = FilterTestBars.run(new Renko(FilterTestBars.feed(TimeFrame.Days, new long[] {1, 2}, rows)));
        assertEquals(List.of("1 1970-01-01T00:00:00 105.0 110.0 105.0 110.0 0.0"), got);
    }

    @Test
    void refusesBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Renko(FilterTestBars.feed(TimeFrame.Days, new long[] {1},
            new double[][] {{1, 1, 1, 1, 1}}), false, -1, 20, false, 1, true));
    }
}
