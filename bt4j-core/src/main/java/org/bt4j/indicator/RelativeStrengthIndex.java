package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code RelativeStrengthIndex} (aliases RSI, RSI_SMMA, RSI_Wilder): Wilder's RSI with the smoothed moving average. Line {@code rsi}; defaults period
 * 14, lookback 1, safediv false, safehigh 100.0, safelow 50.0 (upperband/lowerband are plot-only).
 * Engine thread only.
 */
public final class RelativeStrengthIndex extends RsiBase {

    /** With the defaults. */
    public RelativeStrengthIndex(Line data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public RelativeStrengthIndex(Line data, int period) {
        this(data, period, MovAv.SMMA, false, 100.0, 50.0, 1);
    }

    /** With every parameter. */
    public RelativeStrengthIndex(Line data, int period, MovingAverageType movav, boolean safediv, double safehigh,
            double safelow, int lookback) {
        super(data, period, movav, safediv, safehigh, safelow, lookback);
    }
}
