package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindLastIndexLowest}: {@link FindLastIndex} with {@code _evalfunc = min}: over the last
 * {@code period} values, how many bars ago the oldest lowest value was (0 = current). Line
 * {@code index}; default period 1. Engine thread only.
 */
public final class FindLastIndexLowest extends FindLastIndex {

    /** Over the last {@code period} values. */
    public FindLastIndexLowest(Line input, int period) {
        super(input, period, Window::min);
    }
}
