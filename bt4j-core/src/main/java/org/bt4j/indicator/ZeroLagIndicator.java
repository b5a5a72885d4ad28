package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code ZeroLagIndicator} (aliases ZLIndicator, ZLInd, EC, ErrorCorrecting), Ehlers'
 * error-correcting EMA: each bar tries gains {@code -gainlimit/10 .. gainlimit/10} in steps of 0.1
 * on {@code ec = alpha * (ema + gain * (x - ec[-1])) + (1 - alpha) * ec[-1]} and keeps the one
 * closest to the price (the plain EMA when none is closer, e.g. on the first bar). Line
 * {@code ec}; defaults period 30, gainlimit 50. Engine thread only.
 */
public final class ZeroLagIndicator extends Indicator {

    private final int gainLimit;
    private final double alpha;
    private final double alpha1;

    /** ZLInd(30, 50). */
    public ZeroLagIndicator(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** ZLInd over {@code period}, gain limit 50. */
    public ZeroLagIndicator(Line input, int period) {
        this(input, period, 50);
    }

    /** ZLInd with an explicit gain limit. */
    public ZeroLagIndicator(Line input, int period, int gainLimit) {
        this(input, building(() -> new ExponentialMovingAverage(input, period)), gainLimit);
    }

    private ZeroLagIndicator(Line input, ExponentialMovingAverage ema, int gainLimit) {
        super(new String[] {"ec"}, input, ema.line(0));
        this.gainLimit = gainLimit;
        this.alpha = ema.alpha();
        this.alpha1 = ema.alpha1();
    }

    private double best(double price, double ema, double ec1) {
        double leastError = (double) Long.MAX_VALUE;
        double bestEc = ema;
        for (int v = -gainLimit; v < gainLimit + 1; v++) {
            double gain = v / 10.0;
            double ec = alpha * (ema + gain * (price - ec1)) + alpha1 * ec1;
            double error = Math.abs(price - ec);
            if (error < leastError) {
                leastError = error;
                bestEc = ec;
            }
        }
        return bestEc;
    }

    @Override
    protected void next() {
        out(0).set(0, best(input(0).get(0), input(1).get(0), len() > 1 ? out(0).get(-1) : Double.NaN));
    }

    @Override
    protected void once(int start, int end) {
        double[] x = input(0).buffer().array();
        double[] ema = input(1).buffer().array();
        double[] dst = out(0).array();
        for (int i = start; i < end; i++) {
            dst[i] = best(x[i], ema[i], i > 0 ? dst[i - 1] : Double.NaN);
        }
    }
}
