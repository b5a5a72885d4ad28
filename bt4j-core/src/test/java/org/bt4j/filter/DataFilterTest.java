package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class DataFilterTest {

    @Test
    void passesOnlyBarsThePredicateAccepts() {
        List<String> rows = FilterTestBars.run(new DataFilter(FilterTestBars.feed(TimeFrame.Days, new long[] {1, 2, 3},
            new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}}), d -> d.close().get(0) != 2.0));
        assertEquals(2, rows.size());
        assertEquals("2 1970-01-01T00:00:00 3.0 3.0 3.0 3.0 3.0", rows.get(1));
    }
}
