package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code TrixSignal}: {@link Trix} plus {@code signal = EMA(trix, sigperiod)}. Lines
 * {@code trix, signal}; defaults period 15, sigperiod 9. Engine thread only.
 */
public final class TrixSignal extends CompositeIndicator {

    /** TrixSignal(15, 9). */
    public TrixSignal(Line data) {
        this(data, 15, 9);
    }

    /** With every parameter. */
    public TrixSignal(Line data, int period, int sigperiod) {
        super(new String[] {"trix", "signal"}, () -> build(data, period, sigperiod));
    }

    private static Line[] build(Line data, int period, int sigperiod) {
        Line trix = Trix.build(data, period);
        return new Line[] {trix, MovAv.EMA.of(trix, sigperiod)};
    }
}
