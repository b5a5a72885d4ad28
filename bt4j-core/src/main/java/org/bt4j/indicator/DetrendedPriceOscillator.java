package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code DetrendedPriceOscillator} (alias DPO): {@code x - ma(-k)} with
 * {@code ma(-k)} the moving average {@code period // 2 - 1} bars back, exactly backtrader's
 * {@code ma(-period // 2 + 1)}. Line {@code dpo}; defaults period 20, SMA. Engine thread only.
 */
public final class DetrendedPriceOscillator extends CompositeIndicator {

    /** DPO(20). */
    public DetrendedPriceOscillator(Line data) {
        this(data, 20, MovAv.SMA);
    }

    /** With every parameter. */
    public DetrendedPriceOscillator(Line data, int period, MovingAverageType movav) {
        super(new String[] {"dpo"}, () -> new Line[] {build(data, period, movav)});
    }

    private static Line build(Line data, int period, MovingAverageType movav) {
        int ago = -(Math.floorDiv(-period, 2) + 1);
        return sub(data, Delay.of(movav.of(data, period), Math.max(ago, 0)));
    }
}
