package org.bt4j.feed;

/**
 * The bars of a bulk load, column by column: the first {@code size} slots of {@code times} (UTC
 * epoch nanoseconds of the bar ends) and of each value column, indexed by {@link DataFeed} line
 * (close, low, high, open, volume, openinterest). Every value slot from {@code size} to the end of
 * its array holds NaN, as past the end of any line buffer, so the arrays can become a feed's lines
 * as they are. Built by one load and handed over once; not shared.
 */
record Columns(long[] times, double[][] values, int size) {

    /** Makes these columns {@code feed}'s (empty, unbounded) lines, without a copy. */
    void moveInto(DataFeed feed) {
        feed.datetime().adopt(times, size);
        for (int line = 0; line < values.length; line++) {
            feed.buffer(line).adopt(values[line], size);
        }
    }
}
