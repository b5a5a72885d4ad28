package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AverageDirectionalMovementIndex} (alias ADX), Wilder's directional movement: ADX = 100 * movav(|+DI - -DI| / (+DI + -DI)). Lines
 * {@code adx}; defaults period 14, SMMA. Engine thread only.
 */
public final class AverageDirectionalMovementIndex extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public AverageDirectionalMovementIndex(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public AverageDirectionalMovementIndex(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"adx"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {

        return new Line[] {d.adx()};
    }
}
