package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindFirstIndexLowest}: {@link FindFirstIndex} with {@code _evalfunc = min}: over the last
 * {@code period} values, how many bars ago the most recent lowest value was (0 = current). Line
 * {@code index}; default period 1. Engine thread only.
 */
public final class FindFirstIndexLowest extends FindFirstIndex {

    /** Over the last {@code period} values. */
    public FindFirstIndexLowest(Line input, int period) {
        super(input, period, Window::min);
    }
}
