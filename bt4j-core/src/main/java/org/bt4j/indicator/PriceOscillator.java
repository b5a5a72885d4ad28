package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code PriceOscillator} (aliases PriceOsc, AbsolutePriceOscillator, APO,
 * AbsPriceOsc): {@code movav(x, period1) - movav(x, period2)}. Line {@code po}; defaults 12, 26,
 * EMA. Engine thread only.
 */
public final class PriceOscillator extends CompositeIndicator {

    /** PriceOsc(12, 26). */
    public PriceOscillator(Line data) {
        this(data, 12, 26, MovAv.EMA);
    }

    /** With every parameter. */
    public PriceOscillator(Line data, int period1, int period2, MovingAverageType movav) {
        super(new String[] {"po"}, () -> new Line[] {sub(movav.of(data, period1), movav.of(data, period2))});
    }
}
