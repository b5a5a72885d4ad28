package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code Envelope}: the data itself ({@code src}) with bands {@code top = src * (1 +
 * perc/100)} and {@code bot = src * (1 - perc/100)}. Default perc 2.5. Engine thread only.
 */
public final class Envelope extends CompositeIndicator {

    /** Bands at 2.5 percent. */
    public Envelope(Line input) {
        this(input, MovingAverageEnvelope.DEFAULT_PERC);
    }

    /** Bands at {@code perc} percent. */
    public Envelope(Line input, double perc) {
        super(new String[] {"src", "top", "bot"}, () -> MovingAverageEnvelope.bands(input, perc));
    }
}
