package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code MinusDirectionalIndicator} (alias MinusDI, -DI), Wilder's directional movement: -DI = 100 * movav(-DM) / ATR. Lines
 * {@code minusDI}; defaults period 14, SMMA. Engine thread only.
 */
public final class MinusDirectionalIndicator extends CompositeIndicator {

    /** With period 14 and SMMA. */
    public MinusDirectionalIndicator(DataFeed data) {
        this(data, 14, MovAv.SMMA);
    }

    /** With every parameter. */
    public MinusDirectionalIndicator(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"minusDI"}, () -> build(new Directional(data, period, movav)));
    }

    private static Line[] build(Directional d) {

        return new Line[] {d.minusDI};
    }
}
