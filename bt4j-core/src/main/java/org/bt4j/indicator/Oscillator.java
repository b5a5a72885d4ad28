package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Oscillator} with two datas: {@code osc = data0 - data1} (for example a price
 * around its moving average). Line {@code osc}. Engine thread only.
 */
public final class Oscillator extends CompositeIndicator {

    /** {@code data - base}. */
    public Oscillator(Line data, Line base) {
        super(new String[] {"osc"}, () -> new Line[] {sub(data, base)});
    }
}
