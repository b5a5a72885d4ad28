package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code FindLastIndexHighest}: {@link FindLastIndex} with {@code _evalfunc = max}: over the last
 * {@code period} values, how many bars ago the oldest highest value was (0 = current). Line
 * {@code index}; default period 1. Engine thread only.
 */
public final class FindLastIndexHighest extends FindLastIndex {

    /** Over the last {@code period} values. */
    public FindLastIndexHighest(Line input, int period) {
        super(input, period, Window::max);
    }
}
