package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code SumN}: {@code math.fsum} of the last {@code period} values, exact and O(1)
 * per bar. Line {@code sumn}; default period 1. Engine thread only.
 */
public final class SumN extends WindowMean {

    /** The sum of the last {@code period} values. */
    public SumN(Line input, int period) {
        super("sumn", input, period, 1.0);
    }
}
