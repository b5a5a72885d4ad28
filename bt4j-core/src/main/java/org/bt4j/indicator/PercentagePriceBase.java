package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * The percentage price oscillators: {@code ppo = 100 * (ma1 - ma2) / den},
 * {@code signal = movav(ppo, period_signal)}, {@code histo = ppo - signal}, where {@code den} is
 * the long average (PPO) or the short one (PPOShort). Engine thread only.
 */
abstract class PercentagePriceBase extends CompositeIndicator {

    PercentagePriceBase(Line data, int period1, int period2, int periodSignal, MovingAverageType movav,
                        boolean longDenominator) {
        super(new String[] {"ppo", "signal", "histo"},
            () -> build(data, period1, period2, periodSignal, movav, longDenominator));
    }

    private static Line[] build(Line data, int p1, int p2, int ps, MovingAverageType movav, boolean longDen) {
        Line ma1 = movav.of(data, p1);
        Line ma2 = movav.of(data, p2);
        Line po = sub(ma1, ma2);
        Line ppo = div(mul(100.0, po), longDen ? ma2 : ma1);
        Line signal = movav.of(ppo, ps);
        return new Line[] {ppo, signal, sub(ppo, signal)};
    }
}
