package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AccelerationDecelerationOscillator} (alias AccDeOsc):
 * {@code ao - movav(ao, period)} with the default {@link AwesomeOscillator}. Line {@code accde};
 * defaults period 5, SMA. Engine thread only.
 */
public final class AccelerationDecelerationOscillator extends CompositeIndicator {

    /** AccDeOsc(5). */
    public AccelerationDecelerationOscillator(DataFeed data) {
        this(data, 5, MovAv.SMA);
    }

    /** With every parameter. */
    public AccelerationDecelerationOscillator(DataFeed data, int period, MovingAverageType movav) {
        super(new String[] {"accde"}, () -> new Line[] {build(data, period, movav)});
    }

    private static Line build(DataFeed d, int period, MovingAverageType movav) {
        Line ao = new AwesomeOscillator(d).line(0);
        return sub(ao, movav.of(ao, period));
    }
}
