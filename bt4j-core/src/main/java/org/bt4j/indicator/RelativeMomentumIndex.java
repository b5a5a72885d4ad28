package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code RelativeMomentumIndex} (aliases RMI): Wilder's RSI with the smoothed moving average, period 20 and lookback 5 by default. Line {@code rsi}; defaults period
 * 20, lookback 5, safediv false, safehigh 100.0, safelow 50.0 (upperband/lowerband are plot-only).
 * Engine thread only.
 */
public final class RelativeMomentumIndex extends RsiBase {

    /** With the defaults. */
    public RelativeMomentumIndex(Line data) {
        this(data, 20);
    }

    /** Over {@code period}. */
    public RelativeMomentumIndex(Line data, int period) {
        this(data, period, MovAv.SMMA, false, 100.0, 50.0, 5);
    }

    /** With every parameter. */
    public RelativeMomentumIndex(Line data, int period, MovingAverageType movav, boolean safediv, double safehigh,
            double safelow, int lookback) {
        super(data, period, movav, safediv, safehigh, safelow, lookback);
    }
}
