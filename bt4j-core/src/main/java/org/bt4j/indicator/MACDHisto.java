package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code MACDHisto} (alias MACDHistogram): {@link MACD} plus
 * {@code histo = macd - signal}. Lines {@code macd, signal, histo}; defaults 12, 26, 9, EMA.
 * Engine thread only.
 */
public final class MACDHisto extends CompositeIndicator {

    /** MACDHisto(12, 26, 9) with EMAs. */
    public MACDHisto(Line data) {
        this(data, 12, 26, 9, MovAv.EMA);
    }

    /** MACDHisto with every parameter. */
    public MACDHisto(Line data, int periodMe1, int periodMe2, int periodSignal, MovingAverageType movav) {
        super(new String[] {"macd", "signal", "histo"},
            () -> MACD.lines(data, periodMe1, periodMe2, periodSignal, movav, true));
    }
}
