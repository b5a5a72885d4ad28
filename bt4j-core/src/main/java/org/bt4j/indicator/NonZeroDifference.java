package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code NonZeroDifference} (alias NZD): {@code a - b}, except that a zero difference
 * keeps the previous non-zero one. Seeded with {@code a - b} on its first bar. Line {@code nzd};
 * minimum period = the larger of the inputs'. Engine thread only.
 */
public final class NonZeroDifference extends Indicator {

    /** The non-zero difference of {@code a} and {@code b}. */
    public NonZeroDifference(Line a, Line b) {
        super(new String[] {"nzd"}, a, b);
    }

    @Override
    protected void nextStart() {
        out(0).set(0, input(0).get(0) - input(1).get(0));
    }

    @Override
    protected void next() {
        double d = input(0).get(0) - input(1).get(0);
        out(0).set(0, d != 0.0 ? d : out(0).get(-1));
    }

    /** The vectorised pass below writes every bar of its span. */
    @Override
    protected final boolean onceWritesEverySlot() {
        return true;
    }

    /**
     * Its vectorised pass reads and writes arrays only; a later span resumes from the difference before it
     * ({@link Indicator#onceInSpans()}).
     */
    @Override
    protected final boolean onceInSpans() {
        return true;
    }

    @Override
    protected void once(int start, int end) {
        if (start >= end) {
            return;
        }
        double[] a = input(0).buffer().array();
        double[] b = input(1).buffer().array();
        double[] dst = out(0).array();
        double prev = continues(start) ? dst[start - 1] : a[start] - b[start]; // seeded on its first bar
        for (int i = start; i < end; i++) {
            double d = a[i] - b[i];
            if (d != 0.0) {
                prev = d;
            }
            dst[i] = prev;
        }
    }
}
