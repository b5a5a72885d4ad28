package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code PlusDirectionalIndicator} (alias PlusDI, +DI), Wilder's directional movement: +DI = 100 * movav(+DM) / ATR. Lines
 * {@code plusDI}; defaults period 14, SMMA. Engine thread only.
 */
public final class PlusDirectionalIndicator extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public PlusDirectionalIndicator(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public PlusDirectionalIndicator(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"plusDI"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {

        return new Line[] {d.plusDI};
    }
}
