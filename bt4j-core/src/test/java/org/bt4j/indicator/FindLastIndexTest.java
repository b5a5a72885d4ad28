package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindLastIndexTest {

    @Test
    void oldestMatchOfAUserFunction() {
        // _evalfunc = the current value: [1, 2, 1] -> the oldest 1 is 2 bars ago; [2, 1, 3] -> 0; [1, 3, 1] -> 2
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 1, 3, 1), f -> new FindLastIndex(f.close(), 3, w -> w.ago(0)));
        assertEquals("index", r.indicator().lineName(0));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 2, 0, 2}, r.line(0));
    }

    @Test
    void lowestSubclassKeepsBacktradersMeaning() {
        // [3, 1, 5, 1]: the oldest lowest (1) is 2 bars ago
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(3, 1, 5, 1), f -> new FindLastIndexLowest(f.close(), 4));
        assertEquals(2, r.line(0)[3]);
        Runs.Result high = Runs.both(() -> ArrayFeed.ofCloses(5, 1, 5, 1), f -> new FindLastIndexHighest(f.close(), 4));
        assertEquals(3, high.line(0)[3]);
    }
}
