package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindFirstIndexTest {

    @Test
    void mostRecentMatchOfAUserFunction() {
        // _evalfunc = the oldest value of the window: [1, 2, 1] -> 1 is on the current bar (0);
        // [2, 1, 3] -> 2 is two bars ago; [1, 3, 1] -> 0
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 1, 3, 1), f -> new FindFirstIndex(f.close(), 3, w -> w.get(0)));
        assertEquals("index", r.indicator().lineName(0));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 0, 2, 0}, r.line(0));
    }

    @Test
    void noMatchIsNan() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3), f -> new FindFirstIndex(f.close(), 2, w -> -1));
        assertEquals(Double.NaN, r.line(0)[2]);
    }

    @Test
    void highestSubclassKeepsBacktradersMeaning() {
        // [3, 5, 5, 1]: the most recent highest (5) is 1 bar ago
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(3, 5, 5, 1), f -> new FindFirstIndexHighest(f.close(), 4));
        assertEquals(1, r.line(0)[3]);
        Runs.Result low = Runs.both(() -> ArrayFeed.ofCloses(3, 1, 5, 1), f -> new FindFirstIndexLowest(f.close(), 4));
        assertEquals(0, low.line(0)[3]);
    }
}
