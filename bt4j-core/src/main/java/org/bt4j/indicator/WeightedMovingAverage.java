package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code WeightedMovingAverage} (aliases WMA, MovingAverageWeighted): weights
 * 1..period (newest heaviest) times {@code 2 / (period * (period + 1))}. Line {@code wma};
 * default period 30. Engine thread only.
 */
public final class WeightedMovingAverage extends WeightedWindow {

    /** WMA(30). */
    public WeightedMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** WMA over {@code period}. */
    public WeightedMovingAverage(Line input, int period) {
        super("wma", input, period, 2.0 / (period * (period + 1.0)), linear(period));
        declareParams("period", period);
    }

    private static double[] linear(int period) {
        double[] w = new double[Math.max(period, 0)];
        for (int i = 0; i < w.length; i++) {
            w[i] = i + 1;
        }
        return w;
    }
}
