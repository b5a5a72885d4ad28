package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * Shared logic of {@link CrossUp}, {@link CrossDown} and {@link CrossOver}: with {@code nzd} the
 * {@link NonZeroDifference} of {@code a} and {@code b}, an upward cross on a bar is
 * {@code nzd[-1] < 0 && a > b}, a downward one {@code nzd[-1] > 0 && a < b}. CrossUp and
 * CrossDown output 1.0 on their cross, CrossOver {@code up - down}. Minimum period = the inputs'
 * + 1.
 */
abstract class CrossBase extends Indicator {

    private final boolean up;
    private final boolean down;

    CrossBase(String lineName, boolean up, boolean down, NonZeroDifference nzd, Line a, Line b) {
        // nzd is built before this constructor runs, so it is registered (and computed) first
        super(new String[] {lineName}, a, b, nzd.line(0));
        declareParams(); // backtrader's crossing indicators have none
        this.up = up;
        this.down = down;
        addMinPeriod(2);
    }

    @Override
    protected final void next() {
        out(0).set(0, cross(input(2).get(-1), input(0).get(0), input(1).get(0)));
    }

    private double cross(double prevNzd, double a, double b) {
        double v = 0.0;
        if (up && prevNzd < 0.0 && a > b) {
            v = 1.0;
        }
        if (down && prevNzd > 0.0 && a < b) {
            v = up ? -1.0 : 1.0;
        }
        return v;
    }

    /** The vectorised pass below writes every bar of its span. */
    @Override
    protected final boolean onceWritesEverySlot() {
        return true;
    }

    /**
     * Its vectorised pass reads and writes arrays only, bar by bar with no state
     * ({@link Indicator#onceInSpans()}).
     */
    @Override
    protected final boolean onceInSpans() {
        return true;
    }

    @Override
    protected final void once(int start, int end) {
        double[] a = input(0).buffer().array();
        double[] b = input(1).buffer().array();
        double[] nzd = input(2).buffer().array();
        double[] dst = out(0).array();
        for (int i = start; i < end; i++) {
            dst[i] = cross(nzd[i - 1], a[i], b[i]);
        }
    }
}
