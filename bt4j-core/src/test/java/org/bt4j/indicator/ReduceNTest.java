package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReduceNTest {

    @Test
    void foldsLeftToRightOldestFirst() {
        // functools.reduce(lambda a, x: a * 10 + x, [1, 2, 3]) == 123
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3, 4), f -> new ReduceN((a, x) -> a * 10 + x, f.close(), 3));
        assertEquals("reduced", r.indicator().lineName(0));
        assertEquals(3, r.indicator().minPeriod());
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 123, 234}, r.line(0));
    }

    @Test
    void initializerStartsTheFold() {
        // functools.reduce(lambda a, x: a * 10 + x, [1, 2, 3], 9) == 9123
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3), f -> new ReduceN((a, x) -> a * 10 + x, f.close(), 3, 9));
        assertEquals(9123, r.line(0)[2]);
    }

    @Test
    void maxReductionEqualsHighest() {
        Runs.Result reduce = Runs.both(ArrayFeed::bt2006, f -> new ReduceN(Math::max, f.close(), 20));
        Runs.Result highest = Runs.both(ArrayFeed::bt2006, f -> new Highest(f.close(), 20));
        assertArrayEquals(highest.line(0), reduce.line(0));
    }
}
