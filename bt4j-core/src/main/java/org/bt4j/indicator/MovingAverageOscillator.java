package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code OscillatorMixIn} applied to a moving average: {@code data - ma}, keeping the
 * average's line name (for {@link ZeroLagIndicator}, the average itself, as backtrader ends up
 * computing). Base of the generated {@code <MA>Oscillator} classes. Engine thread only.
 */
abstract class MovingAverageOscillator extends CompositeIndicator {

    MovingAverageOscillator(Line data, Indicator ma) {
        super(new String[] {ma.lineName(0)}, () -> new Line[] {MovingAverageEnvelope.computedAfterBindings(ma) ? ma.line(0) : sub(data, ma.line(0))});
    }
}
