package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code PercentagePriceOscillator} (aliases PPO, PercPriceOsc): {@code 100 * (ma1 - ma2) / ma} with ma the long average,
 * plus signal and histo. Lines {@code ppo, signal, histo}; defaults 12, 26, 9, EMA. Engine thread
 * only.
 */
public final class PercentagePriceOscillator extends PercentagePriceBase {

    /** With the defaults. */
    public PercentagePriceOscillator(Line data) {
        this(data, 12, 26, 9, MovAv.EMA);
    }

    /** With every parameter. */
    public PercentagePriceOscillator(Line data, int period1, int period2, int periodSignal, MovingAverageType movav) {
        super(data, period1, period2, periodSignal, movav, true);
    }
}
