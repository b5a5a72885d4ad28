package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.mul;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code EnvelopeMixIn} applied to a moving average: the average plus bands
 * {@code top = ma * (1 + perc/100)} and {@code bot = ma * (1 - perc/100)}. Base of the generated
 * {@code <MA>Envelope} classes. Engine thread only.
 */
abstract class MovingAverageEnvelope extends CompositeIndicator {

    /** backtrader's default band distance, in percent. */
    static final double DEFAULT_PERC = 2.5;

    MovingAverageEnvelope(Indicator ma, double perc) {
        super(new String[] {ma.lineName(0), "top", "bot"},
            () -> bands(ma.line(0), computedAfterBindings(ma) ? Double.NaN : perc));
    }

    /**
     * Whether backtrader computes this average in {@code next()} after the mix-in's bindings ran
     * ({@link ZeroLagIndicator}): there the mix-in operates on a not-yet-written line, so the
     * envelope bands are always NaN and the oscillator is the average itself. bt4j reproduces it.
     */
    static boolean computedAfterBindings(Indicator ma) {
        return ma instanceof ZeroLagIndicator;
    }

    static Line[] bands(Line mid, double perc) {
        if (Double.isNaN(perc)) {
            return new Line[] {mid, mul(mid, Double.NaN), mul(mid, Double.NaN)};
        }
        double p = perc / 100.0;
        return new Line[] {mid, mul(mid, 1.0 + p), mul(mid, 1.0 - p)};
    }
}
