package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Trix} (alias TRIX): {@code 100 * (ema3 / ema3(-1) - 1)} with ema3 the triple
 * EMA. Line {@code trix}; default period 15. Engine thread only.
 */
public final class Trix extends CompositeIndicator {

    /** Trix(15). */
    public Trix(Line data) {
        this(data, 15);
    }

    /** Over {@code period}. */
    public Trix(Line data, int period) {
        super(new String[] {"trix"}, () -> new Line[] {build(data, period)});
    }

    static Line build(Line data, int period) {
        Line e3 = MovAv.EMA.of(MovAv.EMA.of(MovAv.EMA.of(data, period), period), period);
        return mul(100.0, sub(div(e3, Delay.of(e3, 1)), 1.0));
    }
}
