package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.line.LineBuffer;

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
    /** The input's buffer (read without the {@code Line} interface on every bar). */
    private final LineBuffer src;
    /**
     * The fixed-point images ({@link WindowSum#addImage}) of the window's values, a ring indexed
     * by bar length modulo the period: a leaving value is taken back without reading and
     * converting it again.
     */
    private final long[] images;
    /** Ring slot of the value that entered last. */
    private int slot;
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
        this.src = input.buffer();
        this.images = new long[this.period];
        addMinPeriod(period);
        input.buffer().requireLookback(period + 1);
    }

    /** The averaging period. */
    public final int period() {
        return period;
    }

    @Override
    protected final void nextStart() {
        LineBuffer in = src;
        sum.reset();
        int len = len();
        int s = len % period;
        for (int ago = 1 - period; ago <= 0; ago++) {
            s = s + 1 == period ? 0 : s + 1;
            images[s] = sum.addImage(in.get(ago));
        }
        slot = s; // len % period: the current bar's value entered last
        enteredLen = len;
        entered = in.get(0);
        out(0).set(0, sum.value() / divisor);
    }

    @Override
    protected final void next() {
        LineBuffer in = src;
        int len = len();
        int s = slot;
        boolean replay = len == enteredLen; // the current bar again: its previous value leaves
        if (!replay) {
            s = s + 1 == period ? 0 : s + 1; // the slot of the value leaving the window
            slot = s;
            enteredLen = len;
        }
        long image = images[s];
        if (image != Long.MIN_VALUE) {
            sum.removeImage(image);
        } else {
            sum.remove(replay ? entered : in.get(-period));
        }
        entered = in.get(0);
        images[s] = sum.addImage(entered);
        out(0).set(0, sum.value() / divisor);
    }

    /** The vectorised pass below writes every bar of its span. */
    @Override
    protected final boolean onceWritesEverySlot() {
        return true;
    }

    /**
     * Its vectorised pass reads and writes arrays only; each span sums its first window afresh, exactly
     * ({@link Indicator#onceInSpans()}).
     */
    @Override
    protected final boolean onceInSpans() {
        return true;
    }

    @Override
    protected final void once(int start, int end) {
        if (start >= end) {
            return;
        }
        sum.slide(input(0).buffer().array(), out(0).array(), start, end, period, divisor);
    }
}
