package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's generated {@code ExponentialMovingAverageEnvelope}: {@link ExponentialMovingAverage} with bands {@code top = ma * (1 +
 * perc/100)} and {@code bot = ma * (1 - perc/100)}. Lines: the average's, {@code top}, {@code bot};
 * default perc 2.5. Engine thread only.
 */
public final class ExponentialMovingAverageEnvelope extends MovingAverageEnvelope {

    /** Default period and perc 2.5. */
    public ExponentialMovingAverageEnvelope(Line input) {
        this(building(() -> new ExponentialMovingAverage(input)), DEFAULT_PERC);
    }

    /** Average over {@code period}, bands at {@code perc} percent. */
    public ExponentialMovingAverageEnvelope(Line input, int period, double perc) {
        this(building(() -> new ExponentialMovingAverage(input, period)), perc);
    }

    /** Bands around an already built average (create it just before, so it registers first). */
    public ExponentialMovingAverageEnvelope(ExponentialMovingAverage ma, double perc) {
        super(ma, perc);
    }
}
