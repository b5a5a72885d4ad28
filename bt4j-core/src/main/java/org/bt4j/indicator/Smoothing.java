package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.util.FSum;

/**
 * Exponential smoothing seeded with the plain mean of the first {@code period} values:
 * {@code av = prev * (1 - alpha) + x * alpha}. Shared by {@link ExponentialSmoothing},
 * {@link ExponentialMovingAverage} and {@link SmoothedMovingAverage}. Engine thread only.
 */
abstract class Smoothing extends Indicator {

    private final int period;
    private final double alpha;
    private final double alpha1;
    private final FSum seed = new FSum();

    Smoothing(String lineName, Line input, int period, double alpha) {
        super(new String[] {lineName}, input);
        this.period = Params.period(period);
        this.alpha = alpha;
        this.alpha1 = 1.0 - alpha;
        addMinPeriod(period);
    }

    /** The smoothing factor. */
    public final double alpha() {
        return alpha;
    }

    /** {@code 1 - alpha}. */
    public final double alpha1() {
        return alpha1;
    }

    /** The period (seed window). */
    public final int period() {
        return period;
    }

    @Override
    protected final void nextStart() {
        out(0).set(0, seedMean(input(0), period, seed));
    }

    /**
     * The exactly rounded mean of the last {@code period} values of {@code in}, summed in
     * {@code seed}: the seed of every exponential smoothing.
     */
    static double seedMean(Line in, int period, FSum seed) {
        seed.reset();
        for (int ago = 1 - period; ago <= 0; ago++) {
            seed.add(in.get(ago));
        }
        return seed.value() / period;
    }

    @Override
    protected final void next() {
        out(0).set(0, out(0).get(-1) * alpha1 + input(0).get(0) * alpha);
    }

    /**
     * Its vectorised pass reads and writes arrays only; a later span resumes from the value before it
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
        double[] src = input(0).buffer().array();
        double[] dst = out(0).array();
        double a = alpha;
        double a1 = alpha1;
        int i = start;
        double prev;
        if (continues(start)) {
            prev = dst[start - 1];
        } else {
            prev = seed.sum(src, start - period + 1, start + 1) / period;
            dst[start] = prev;
            i++;
        }
        for (; i < end; i++) {
            prev = prev * a1 + src[i] * a;
            dst[i] = prev;
        }
    }
}
