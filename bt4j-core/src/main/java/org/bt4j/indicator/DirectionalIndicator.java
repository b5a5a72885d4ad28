package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code DirectionalIndicator} (alias DI), Wilder's directional movement: +DI and -DI. Lines
 * {@code plusDI,minusDI}; defaults period 14, SMMA. Engine thread only.
 */
public final class DirectionalIndicator extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public DirectionalIndicator(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public DirectionalIndicator(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"plusDI", "minusDI"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {

        return new Line[] {d.plusDI, d.minusDI};
    }
}
