package org.bt4j.indicator;

import org.bt4j.util.FSum;

/**
 * The exact sum of a sliding window, bit-identical to Python's {@code math.fsum} over the same
 * values, in O(1) per bar.
 *
 * <p>Fast path: values that are exact multiples of a fixed power of two (chosen from the first
 * non-zero value: every value from half its magnitude upwards qualifies) and small enough are
 * summed as 64-bit integers, which is exact; one {@code long -> double} conversion (round to
 * nearest even) then gives the correctly rounded total. Values outside that range and special
 * values go to an exact {@link FSum} expansion that is merged in only while such a value is in the
 * window. Either way the result is the exact window sum rounded once — fsum's result.
 *
 * <p>Callers {@link #add} each value entering the window and {@link #remove} each value leaving
 * it (the same double that was added). Allocation-free. Not thread-safe.
 */
public final class WindowSum {

    private final long limit;
    private boolean scaled;
    private boolean fastPath;
    private double toFixed;
    private double fromFixed;
    private long fixed;
    private int others;
    private final FSum rest = new FSum();
    private final FSum merge = new FSum();

    /** A window sum for windows of at most {@code period} values. */
    public WindowSum(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        this.limit = (1L << 62) / period;
    }

    /** Empties the window (the fixed-point scale is kept). */
    public void reset() {
        fixed = 0;
        others = 0;
        rest.reset();
    }

    /** A value enters the window. */
    public void add(double v) {
        addImage(v);
    }

    /**
     * A value enters the window; returns its fixed-point image, which {@link #removeImage} takes
     * back when the value leaves ({@code Long.MIN_VALUE}: the value has none and must leave
     * through {@link #remove}). A value's image never changes once the scale is chosen, so a
     * caller may keep the images instead of converting each leaving value again.
     */
    public long addImage(double v) {
        long l = toFixed(v);
        if (l != Long.MIN_VALUE) {
            fixed += l;
        } else {
            others++;
            rest.add(v);
        }
        return l;
    }

    /** A value that {@link #addImage} gave the fixed-point {@code image} (not {@code Long.MIN_VALUE}) leaves the window. */
    public void removeImage(long image) {
        fixed -= image;
    }

    /** A value previously added leaves the window. */
    public void remove(double v) {
        long l = toFixed(v);
        if (l != Long.MIN_VALUE) {
            fixed -= l;
        } else {
            others--;
            rest.remove(v);
            if (others == 0) {
                rest.reset();
            }
        }
    }

    /**
     * Vectorised sliding means: {@code dst[i] = fsum(src[i - period + 1 .. i]) / divisor} for
     * {@code i} in {@code [start, end)}, bit-identical to {@link #add}/{@link #remove}/{@link #value}
     * bar by bar. While every value in the window has a fixed-point image the loop stays on plain
     * {@code long} arithmetic; any other value drops that bar to the general path.
     */
    void slide(double[] src, double[] dst, int start, int end, int period, double divisor) {
        reset();
        for (int i = start - period + 1; i <= start; i++) {
            add(src[i]);
        }
        dst[start] = value() / divisor;
        int i = start + 1;
        while (i < end) {
            if (others == 0 && scaled && fastPath) {
                long fx = fixed;
                double tf = toFixed;
                double ff = fromFixed;
                long lim = limit;
                for (; i < end; i++) {
                    double fin = src[i] * tf;
                    long lin = (long) fin;
                    if (lin != fin || lin > lim || lin < -lim) {
                        break;
                    }
                    // the leaving value entered with an image (nothing else is in the window), the
                    // same product truncated: it needs no check
                    fx += lin - (long) (src[i - period] * tf);
                    dst[i] = (double) fx * ff / divisor;
                }
                fixed = fx;
                if (i >= end) {
                    return;
                }
            }
            add(src[i]);
            remove(src[i - period]);
            dst[i] = value() / divisor;
            i++;
        }
    }

    /** The correctly rounded sum of the values in the window ({@code math.fsum}). */
    public double value() {
        if (others == 0) {
            return (double) fixed * fromFixedOrOne();
        }
        merge.reset();
        rest.addTo(merge);
        if (fixed != 0) {
            double hi = (double) fixed;
            long remainder = fixed - (long) hi;
            merge.add(hi * fromFixed);
            merge.add((double) remainder * fromFixed);
        }
        return merge.value();
    }

    private double fromFixedOrOne() {
        return scaled ? fromFixed : 1.0;
    }

    /** The fixed-point image of {@code v}, or {@code Long.MIN_VALUE} when it has none. */
    private long toFixed(double v) {
        if (v == 0.0) {
            return 0L;
        }
        if (!scaled) {
            chooseScale(v);
        }
        if (!fastPath) {
            return Long.MIN_VALUE;
        }
        double f = v * toFixed;
        long l = (long) f;
        if (l == f && l <= limit && l >= -limit) {
            return l;
        }
        return Long.MIN_VALUE;
    }

    private void chooseScale(double v) {
        scaled = true;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            scaled = false;
            return;
        }
        // every double with exponent >= e - 1 is a multiple of 2^(e - 1 - 52)
        int shift = 53 - Math.getExponent(v);
        fastPath = shift > -900 && shift < 900;
        if (fastPath) {
            toFixed = Math.scalb(1.0, shift);
            fromFixed = Math.scalb(1.0, -shift);
        }
    }
}
