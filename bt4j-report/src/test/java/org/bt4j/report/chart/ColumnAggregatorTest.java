package org.bt4j.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnAggregatorTest {

    @Test
    void fewerBarsThanColumnsKeepsOneSlotPerBar() {
        ColumnAggregator agg = new ColumnAggregator(5, 100);
        assertEquals(5, agg.slots());
        assertFalse(agg.aggregating());
        ColumnAggregator.Columns c = agg.aggregate(null, new double[] {1, 2, Double.NaN, 4, 5});
        assertArrayEquals(new double[] {1, 2, Double.NaN, 4, 5}, c.last());
        assertTrue(c.touched()[2], "a NaN bar still touches its slot (a gap, not a missing bar)");
    }

    @Test
    void manyBarsAggregateFirstMinMaxLastAndSum() {
        ColumnAggregator agg = new ColumnAggregator(8, 2);
        assertTrue(agg.aggregating());
        ColumnAggregator.Columns c = agg.aggregate(null, new double[] {3, 1, 4, 2, 5, 9, 6, 7});
        assertArrayEquals(new double[] {3, 5}, c.first());
        assertArrayEquals(new double[] {1, 5}, c.min());
        assertArrayEquals(new double[] {4, 9}, c.max());
        assertArrayEquals(new double[] {2, 7}, c.last());
        assertArrayEquals(new double[] {10, 27}, c.sum());
    }

    @Test
    void sparseSeriesMapsThroughClockIndex() {
        ColumnAggregator agg = new ColumnAggregator(10, 10);
        ColumnAggregator.Columns c = agg.aggregate(new int[] {4, 9}, new double[] {1, 2});
        assertFalse(c.touched()[0]);
        assertTrue(c.touched()[4] && c.touched()[9]);
        assertEquals(2, c.last()[9]);
    }

    @Test
    void mapToClockFindsLastClockBarAtOrBefore() {
        long[] clock = {10, 20, 30, 40};
        assertArrayEquals(new int[] {-1, 0, 1, 3}, ChartRenderer.mapToClock(new long[] {5, 10, 25, 99}, clock));
        assertArrayEquals(new int[] {0, 1, 2, 3}, ChartRenderer.mapToClock(clock, clock));
    }
}
