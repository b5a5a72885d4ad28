package org.bt4j.indicator;


import org.bt4j.line.Line;

/**
 * backtrader's {@code PercentRank} (alias PctRank): the share of the last {@code period} values
 * strictly below the current one. Line {@code pctrank}; default period 50. Engine thread only.
 */
public final class PercentRank extends WindowFunction {

    /** PercentRank(50). */
    public PercentRank(Line data) {
        this(data, 50);
    }

    /** Over {@code period}. */
    public PercentRank(Line data, int period) {
        super("pctrank", data, period);
    }

    @Override
    double apply(double[] a, int from, int n) {
        double current = a[from + n - 1];
        int below = 0;
        for (int j = from; j < from + n; j++) {
            if (a[j] < current) {
                below++;
            }
        }
        return (double) below / n;
    }
}
