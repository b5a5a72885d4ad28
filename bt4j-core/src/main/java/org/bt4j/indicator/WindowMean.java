package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * The arithmetic mean of the last {@code period} values, summed exactly like backtrader's
 * {@code math.fsum(window) / period}, in O(1) per bar in both run modes (see {@link WindowSum}).
 * Shared by {@link MovingAverageSimple}, {@link Average} and (divisor 1) {@link SumN}. Recomputing
 * the current bar (replay) replaces that bar's value in the running sum. Engine thread only.
 */
abstract class WindowMean extends Indicator {

    private final int period;
    private final double divisor;
    private final WindowSum sum;
    /** Length of the bar whose value entered {@link #sum} last, and that value (replay recompute). */
    private int enteredLen = -1;
    private double entered;

    WindowMean(String lineName, Line input, int period) {
        this(lineName, input, period, period);
    }

    /** With divisor 1 this is the exact window sum (x / 1.0 == x for every double). */
    WindowMean(String lineName, Line input, int period, double divisor) {
        super(new String[] {lineName}, input);
        this.period = Params.period(period);
        this.divisor = divisor;
        this.sum = new WindowSum(period);
        addMinPeriod(period);
        input.buffer().requireLookback(period + 1);
    }

    /** The averaging period. */
    public final int period() {
        return period;
    }

    @Override
    protected final void nextStart() {
        Line in = input(0);
        sum.reset();
        for (int ago = 1 - period; ago <= 0; ago++) {
            sum.add(in.get(ago));
        }
        enteredLen = len();
        entered = in.get(0);
        out(0).set(0, sum.value() / divisor);
    }

    @Override
    protected final void next() {
        Line in = input(0);
        int len = len();
        if (len == enteredLen) {
            // the current bar again (replay): swap its previous value for the updated one
            sum.remove(entered);
        } else {
            sum.remove(in.get(-period));
            enteredLen = len;
        }
        entered = in.get(0);
        sum.add(entered);
        out(0).set(0, sum.value() / divisor);
    }

    @Override
    protected final void once(int start, int end) {
        if (start >= end) {
            return;
        }
        sum.slide(input(0).buffer().array(), out(0).array(), start, end, period, divisor);
    }
}
