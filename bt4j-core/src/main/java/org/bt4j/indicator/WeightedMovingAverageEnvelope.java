package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code WeightedMovingAverageEnvelope}: {@link WeightedMovingAverage} with bands {@code top = ma * (1 +
 * perc/100)} and {@code bot = ma * (1 - perc/100)}. Lines: the average's, {@code top}, {@code bot};
 * default perc 2.5. Engine thread only.
 */
public final class WeightedMovingAverageEnvelope extends MovingAverageEnvelope {

    /** Default period and perc 2.5. */
    public WeightedMovingAverageEnvelope(Line input) {
        this(building(() -> new WeightedMovingAverage(input)), DEFAULT_PERC);
    }

    /** Average over {@code period}, bands at {@code perc} percent. */
    public WeightedMovingAverageEnvelope(Line input, int period, double perc) {
        this(building(() -> new WeightedMovingAverage(input, period)), perc);
    }

    /** Bands around an already built average (create it just before, so it registers first). */
    public WeightedMovingAverageEnvelope(WeightedMovingAverage ma, double perc) {
        super(ma, perc);
    }
}
