package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code MACD}: {@code macd = movav(x, period_me1) - movav(x, period_me2)},
 * {@code signal = movav(macd, period_signal)}. Lines {@code macd, signal}; defaults 12, 26, 9,
 * EMA. Engine thread only.
 */
public final class MACD extends CompositeIndicator {

    /** MACD(12, 26, 9) with EMAs. */
    public MACD(Line data) {
        this(data, 12, 26, 9, MovAv.EMA);
    }

    /** MACD with every parameter. */
    public MACD(Line data, int periodMe1, int periodMe2, int periodSignal, MovingAverageType movav) {
        super(new String[] {"macd", "signal"}, () -> lines(data, periodMe1, periodMe2, periodSignal, movav, false));
        declareParams("period_me1", periodMe1, "period_me2", periodMe2, "period_signal", periodSignal,
                "movav", MovAv.className(movav));
    }

    /** macd, signal and (when {@code histo}) macd - signal. */
    static Line[] lines(Line data, int p1, int p2, int ps, MovingAverageType movav, boolean histo) {
        Line macd = sub(movav.of(data, p1), movav.of(data, p2));
        Line signal = movav.of(macd, ps);
        return histo ? new Line[] {macd, signal, sub(macd, signal)} : new Line[] {macd, signal};
    }
}
