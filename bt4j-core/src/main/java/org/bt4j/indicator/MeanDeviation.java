package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code MeanDeviation} (alias MeanDev): {@code movav(|x - mean|)} with
 * {@code mean = movav(x)} unless given. Line {@code meandev}; defaults period 20, SMA. Engine
 * thread only.
 */
public final class MeanDeviation extends CompositeIndicator {

    /** MeanDev(20). */
    public MeanDeviation(Line data) {
        this(data, null, 20, MovAv.SMA);
    }

    /** MeanDev of {@code data} around {@code mean} (null: movav of data). */
    public MeanDeviation(Line data, Line mean, int period, MovingAverageType movav) {
        super(new String[] {"meandev"}, () -> new Line[] {build(data, mean, period, movav)});
    }

    static Line build(Line data, Line mean, int period, MovingAverageType movav) {
        Line m = mean != null ? mean : movav.of(data, period);
        return movav.of(abs(sub(data, m)), period);
    }
}
