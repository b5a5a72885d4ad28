package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code DirectionalMovement} (alias DM), Wilder's directional movement: ADX, ADXR, +DI and -DI. Lines
 * {@code adx,adxr,plusDI,minusDI}; defaults period 14, SMMA. Engine thread only.
 */
public final class DirectionalMovement extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public DirectionalMovement(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public DirectionalMovement(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"adx", "adxr", "plusDI", "minusDI"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {
        Line adx = d.adx();
        return new Line[] {adx, d.adxr(adx), d.plusDI, d.minusDI};
    }
}
