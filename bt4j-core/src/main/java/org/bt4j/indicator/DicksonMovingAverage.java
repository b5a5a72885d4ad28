package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;

import org.bt4j.line.Line;

/**
 * backtrader's {@code DicksonMovingAverage} (aliases DMA, DicksonMA):
 * {@code (ZeroLagIndicator(period, gainlimit) + HullMovingAverage(hperiod)) / 2}. Line {@code dma};
 * defaults period 30, gainlimit 50, hperiod 7. Engine thread only.
 */
public final class DicksonMovingAverage extends CompositeIndicator {

    /** DMA(30, 50, 7). */
    public DicksonMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** DMA over {@code period}, gainlimit 50, hperiod 7. */
    public DicksonMovingAverage(Line input, int period) {
        this(input, period, 50, 7);
    }

    /** DMA with all parameters. */
    public DicksonMovingAverage(Line input, int period, int gainLimit, int hperiod) {
        super(new String[] {"dma"}, () -> new Line[] {build(input, period, gainLimit, hperiod)});
    }

    private static Line build(Line x, int period, int gainLimit, int hperiod) {
        Line ec = new ZeroLagIndicator(x, period, gainLimit).line(0);
        Line hull = new HullMovingAverage(x, hperiod).line(0);
        return div(add(ec, hull), 2.0);
    }
}
