package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code RSI_Safe}: Wilder's RSI with the smoothed moving average and safe division (x/0 gives 100, 0/0 gives 50). Line {@code rsi}; defaults period
 * 14, lookback 1, safediv true, safehigh 100.0, safelow 50.0 (upperband/lowerband are plot-only).
 * Engine thread only.
 */
public final class RSI_Safe extends RsiBase {

    /** With the defaults. */
    public RSI_Safe(Line data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public RSI_Safe(Line data, int period) {
        this(data, period, MovAv.SMMA, true, 100.0, 50.0, 1);
    }

    /** With every parameter. */
    public RSI_Safe(Line data, int period, MovingAverageType movav, boolean safediv, double safehigh,
            double safelow, int lookback) {
        super(data, period, movav, safediv, safehigh, safelow, lookback);
    }
}
