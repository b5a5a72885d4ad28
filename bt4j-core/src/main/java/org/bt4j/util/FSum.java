package org.bt4j.util;

import java.util.Arrays;

/**
 * An exact floating-point accumulator with Python's {@code math.fsum} semantics: values are kept
 * as a non-overlapping expansion (Shewchuk partials), so adding and subtracting values is exact,
 * and {@link #value()} is the exact total rounded once, half-to-even — the same double that
 * {@code math.fsum} returns for the same multiset of values. NaN anywhere gives NaN, infinities
 * of one sign give that infinity, both signs give NaN (Python raises there).
 *
 * <p>Reusable and allocation-free after warm-up (the partials array only grows on pathological
 * exponent spreads). Not thread-safe: one accumulator per indicator.
 */
public final class FSum {

    private double[] partials = new double[8];
    private int count;
    private int nans;
    private int posInf;
    private int negInf;

    /** Empties the accumulator. */
    public void reset() {
        count = 0;
        nans = 0;
        posInf = 0;
        negInf = 0;
    }

    /** Adds {@code x} exactly. */
    public void add(double x) {
        if (Double.isNaN(x)) {
            nans++;
        } else if (x == Double.POSITIVE_INFINITY) {
            posInf++;
        } else if (x == Double.NEGATIVE_INFINITY) {
            negInf++;
        } else {
            grow(x);
        }
    }

    /** Removes a value previously {@link #add added}, exactly. */
    public void remove(double x) {
        if (Double.isNaN(x)) {
            nans--;
        } else if (x == Double.POSITIVE_INFINITY) {
            posInf--;
        } else if (x == Double.NEGATIVE_INFINITY) {
            negInf--;
        } else {
            grow(-x);
        }
    }

    /** Adds {@code a[from..to)} exactly. */
    public void addAll(double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            add(a[i]);
        }
    }

    /** Adds everything this accumulator holds into {@code other}, exactly. */
    public void addTo(FSum other) {
        for (int i = 0; i < count; i++) {
            other.grow(partials[i]);
        }
        other.nans += nans;
        other.posInf += posInf;
        other.negInf += negInf;
    }

    /** Number of finite partials currently held (zero when the finite part is exactly 0). */
    int partialCount() {
        return count;
    }

    /** The exact sum of the finite values, correctly rounded; special values as documented. */
    public double value() {
        if (nans > 0 || (posInf > 0 && negInf > 0)) {
            return Double.NaN;
        }
        if (posInf > 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (negInf > 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return round(partials, count);
    }

    /** {@code math.fsum(a[from..to))} without keeping state. */
    public double sum(double[] a, int from, int to) {
        reset();
        addAll(a, from, to);
        return value();
    }

    /**
     * Adds {@code x} into the expansion: the smaller of each pair is the exact rounding error of
     * their sum, zeros are dropped, so the partials stay non-overlapping in increasing magnitude.
     */
    private void grow(double x) {
        double[] p = partials;
        int kept = 0;
        for (int j = 0; j < count; j++) {
            double y = p[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[kept++] = lo;
            }
            x = hi;
        }
        if (x != 0.0) {
            if (kept == p.length) {
                partials = p = Arrays.copyOf(p, p.length * 2);
            }
            p[kept++] = x;
        }
        count = kept;
    }

    /**
     * Rounds a non-overlapping expansion (increasing magnitude) to the nearest double, ties to
     * even across partials: CPython's final {@code fsum} step.
     */
    static double round(double[] p, int n) {
        if (n == 0) {
            return 0.0;
        }
        double hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }
}
