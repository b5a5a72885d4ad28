package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.util.FSum;

/**
 * {@code coef * math.fsum(x[j] * w[j])} over the last {@code period} values (oldest first, extra
 * values or weights ignored, as Python's {@code map} stops at the shorter). Shared by
 * {@link WeightedAverage} and {@link WeightedMovingAverage}. Engine thread only.
 */
abstract class WeightedWindow extends Indicator {

    private final int period;
    private final double coef;
    private final double[] weights;
    private final int terms;
    private final FSum sum = new FSum();

    /** The number of values weighted. */
    public final int period() {
        return period;
    }

    WeightedWindow(String lineName, Line input, int period, double coef, double[] weights) {
        super(new String[] {lineName}, input);
        this.period = Params.period(period);
        this.coef = coef;
        this.weights = weights.clone();
        this.terms = Math.min(period, weights.length);
        addMinPeriod(period);
    }

    @Override
    protected final void next() {
        Line in = input(0);
        sum.reset();
        for (int j = 0; j < terms; j++) {
            sum.add(in.get(j + 1 - period) * weights[j]);
        }
        out(0).set(0, coef * sum.value());
    }

    @Override
    protected final void once(int start, int end) {
        double[] src = input(0).buffer().array();
        double[] dst = out(0).array();
        for (int i = start; i < end; i++) {
            sum.reset();
            int first = i - period + 1;
            for (int j = 0; j < terms; j++) {
                sum.add(src[first + j] * weights[j]);
            }
            dst[i] = coef * sum.value();
        }
    }
}
