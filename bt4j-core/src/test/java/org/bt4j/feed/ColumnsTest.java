package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void moveIntoHandsTheArraysToTheFeedsLines() {
        long[] times = {10, 20, 0};
        double[][] values = new double[DataFeed.OPENINTEREST + 1][];
        for (int line = 0; line < values.length; line++) {
            values[line] = new double[] {line, line + 0.5, Double.NaN};
        }
        double[] none = new double[0];
        ArrayFeed feed = ArrayFeed.of("empty", new long[0], none, none, none, none, none, none);
        new Columns(times, values, 2).moveInto(feed);
        assertEquals(2, feed.size());
        assertSame(times, feed.datetime().array());
        assertSame(values[DataFeed.CLOSE], feed.buffer(DataFeed.CLOSE).array());
        feed.seek(1);
        assertEquals(20, feed.datetime(0));
        assertEquals(DataFeed.OPEN + 0.5, feed.open().get(0));
        assertTrue(Double.isNaN(feed.buffer(DataFeed.VOLUME).array()[2]));
    }
}
