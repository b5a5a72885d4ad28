package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code AwesomeOscillator} (aliases AO, AwesomeOsc): {@code movav(median, fast) -
 * movav(median, slow)} with {@code median = (high + low) / 2}. Line {@code ao}; defaults fast 5,
 * slow 34, SMA. Engine thread only.
 */
public final class AwesomeOscillator extends CompositeIndicator {

    /** AO(5, 34). */
    public AwesomeOscillator(DataFeed data) {
        this(data, 5, 34, MovAv.SMA);
    }

    /** With every parameter. */
    public AwesomeOscillator(DataFeed data, int fast, int slow, MovingAverageType movav) {
        super(new String[] {"ao"}, () -> new Line[] {build(data, fast, slow, movav)});
    }

    private static Line build(DataFeed d, int fast, int slow, MovingAverageType movav) {
        Line median = div(add(d.high(), d.low()), 2.0);
        return sub(movav.of(median, fast), movav.of(median, slow));
    }
}
