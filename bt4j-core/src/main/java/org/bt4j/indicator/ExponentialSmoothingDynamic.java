package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.util.FSum;

/**
 * backtrader's {@code ExponentialSmoothingDynamic} (alias ExpSmoothingDynamic): exponential
 * smoothing whose alpha is itself a line, {@code av = prev * (1 - alpha[0]) + x * alpha[0]}, seeded
 * with the mean of the last {@code period} values on the first bar where both the data window
 * and alpha are available (as backtrader's KAMA shows). Line {@code av}. Engine thread only.
 */
public final class ExponentialSmoothingDynamic extends Indicator {

    private final int period;
    private final FSum seed = new FSum();

    /** Smoothing of {@code input} with the per-bar factor {@code alpha}. */
    public ExponentialSmoothingDynamic(Line input, int period, Line alpha) {
        super(new String[] {"av"}, input, alpha);
        this.period = Params.period(period);
        setMinPeriod(Math.max(input.minPeriod() + period - 1, alpha.minPeriod()));
        input.buffer().requireLookback(period);
    }

    @Override
    protected void nextStart() {
        out(0).set(0, Smoothing.seedMean(input(0), period, seed));
    }

    @Override
    protected void next() {
        double a = input(1).get(0);
        out(0).set(0, out(0).get(-1) * (1.0 - a) + input(0).get(0) * a);
    }

    @Override
    protected void once(int start, int end) {
        if (start >= end) {
            return;
        }
        double[] src = input(0).buffer().array();
        double[] alpha = input(1).buffer().array();
        double[] dst = out(0).array();
        double prev = seed.sum(src, start - period + 1, start + 1) / period;
        dst[start] = prev;
        for (int i = start + 1; i < end; i++) {
            double a = alpha[i];
            prev = prev * (1.0 - a) + src[i] * a;
            dst[i] = prev;
        }
    }
}
