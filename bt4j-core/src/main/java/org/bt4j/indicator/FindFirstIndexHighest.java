package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindFirstIndexHighest}: {@link FindFirstIndex} with {@code _evalfunc = max}: over the last
 * {@code period} values, how many bars ago the most recent highest value was (0 = current). Line
 * {@code index}; default period 1. Engine thread only.
 */
public final class FindFirstIndexHighest extends FindFirstIndex {

    /** Over the last {@code period} values. */
    public FindFirstIndexHighest(Line input, int period) {
        super(input, period, Window::max);
    }
}
