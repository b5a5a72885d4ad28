package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code UltimateOscillator}: buying pressure {@code close - TrueLow} over true
 * range, summed over three periods and weighted 4:2:1. Line {@code uo}; defaults p1 7, p2 14,
 * p3 28. Engine thread only.
 */
public final class UltimateOscillator extends CompositeIndicator {

    /** UO(7, 14, 28). */
    public UltimateOscillator(DataFeed data) {
        this(data, 7, 14, 28);
    }

    /** With every period. */
    public UltimateOscillator(DataFeed data, int p1, int p2, int p3) {
        super(new String[] {"uo"}, () -> new Line[] {build(data, p1, p2, p3)});
    }

    private static Line build(DataFeed d, int p1, int p2, int p3) {
        Line bp = sub(d.close(), new TrueLow(d).line(0));
        Line tr = new TrueRange(d).line(0);
        Line av7 = div(new SumN(bp, p1).line(0), new SumN(tr, p1).line(0));
        Line av14 = div(new SumN(bp, p2).line(0), new SumN(tr, p2).line(0));
        Line av28 = div(new SumN(bp, p3).line(0), new SumN(tr, p3).line(0));
        double factor = 100.0 / (4.0 + 2.0 + 1.0);
        return add(add(mul(4.0 * factor, av7), mul(2.0 * factor, av14)), mul(factor, av28));
    }
}
