package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AverageDirectionalMovementIndexRating} (alias ADXR), Wilder's directional movement: ADX and ADXR = (adx + adx(-period)) / 2. Lines
 * {@code adx,adxr}; defaults period 14, SMMA. Engine thread only.
 */
public final class AverageDirectionalMovementIndexRating extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public AverageDirectionalMovementIndexRating(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public AverageDirectionalMovementIndexRating(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"adx", "adxr"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {
        Line adx = d.adx();
        return new Line[] {adx, d.adxr(adx)};
    }
}
