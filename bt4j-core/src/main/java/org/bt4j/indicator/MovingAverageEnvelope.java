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
        super(new String[] {ma.lineName(0), "top", "bot"}, bands(ma.line(0), perc));
    }

    static Line[] bands(Line mid, double perc) {
        double p = perc / 100.0;
        return new Line[] {mid, mul(mid, 1.0 + p), mul(mid, 1.0 - p)};
    }
}
