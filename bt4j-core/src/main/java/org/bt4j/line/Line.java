package org.bt4j.line;

/**
 * A read-only view of one series of doubles, indexed like backtrader: {@code get(0)} is the
 * current bar, {@code get(-1)} the previous one. Implementations are primitive buffers; reading
 * never allocates. A line is also a series of one line (itself), so whatever takes a
 * {@link LineSeries} (a data feed, an indicator) takes a single line too, as in backtrader.
 * Not thread-safe: lines belong to the engine thread.
 */
public interface Line extends LineSeries {

    /** The value {@code ago} bars from the current one (0 = current, -1 = previous). */
    double get(int ago);

    /** Number of bars this line has processed (backtrader's {@code len(line)}). */
    int len();

    /** Bars needed before the first meaningful value (warm-up), 1 for raw data. */
    int minPeriod();

    /** The buffer that physically stores the values. */
    LineBuffer buffer();

    /** One line: this one. */
    @Override
    default int lineCount() {
        return 1;
    }

    /** This line for index 0. */
    @Override
    default Line line(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("a single line has only line 0, asked for " + index);
        }
        return this;
    }

    @Override
    default String lineName(int index) {
        line(index);
        return "line";
    }
}
