package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * A kind of moving average, as passed in backtrader's {@code movav=} parameters
 * ({@code MovAv.SMA}, {@code MovAv.EMA}, ...): builds the average of a line over a period.
 * Constants live in {@link MovAv}. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface MovingAverageType {

    /** A new moving average of {@code input} over {@code period}; its line 0 is the average. */
    Indicator create(Line input, int period);

    /** Shorthand: the average's line. */
    default Line of(Line input, int period) {
        return create(input, period).line(0);
    }
}
