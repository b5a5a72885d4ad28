package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code BollingerBandsPct}: {@link BollingerBands} plus
 * {@code pctb = (x - bot) / (top - bot)}. Lines {@code mid, top, bot, pctb}. Engine thread only.
 */
public final class BollingerBandsPct extends CompositeIndicator {

    /** BBandsPct(20, 2.0). */
    public BollingerBandsPct(Line data) {
        this(data, 20, 2.0, MovAv.SMA);
    }

    /** With every parameter. */
    public BollingerBandsPct(Line data, int period, double devfactor, MovingAverageType movav) {
        super(new String[] {"mid", "top", "bot", "pctb"}, () -> build(data, period, devfactor, movav));
    }

    private static Line[] build(Line data, int period, double devfactor, MovingAverageType movav) {
        Line[] b = BollingerBands.bands(data, period, devfactor, movav);
        return new Line[] {b[0], b[1], b[2], div(sub(data, b[2]), sub(b[1], b[2]))};
    }
}
