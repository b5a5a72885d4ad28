package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code DirectionalMovementIndex} (alias DMI), Wilder's directional movement: ADX, +DI and -DI. Lines
 * {@code adx,plusDI,minusDI}; defaults period 14, SMMA. Engine thread only.
 */
public final class DirectionalMovementIndex extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public DirectionalMovementIndex(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public DirectionalMovementIndex(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"adx", "plusDI", "minusDI"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {

        return new Line[] {d.adx(), d.plusDI, d.minusDI};
    }
}
