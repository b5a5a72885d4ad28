package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.abs;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code Vortex}: {@code vi_plus = SumN(|high - low(-1)|) / SumN(TR)},
 * {@code vi_minus = SumN(|low - high(-1)|) / SumN(TR)} with TR the largest of
 * {@code |high - low|, |high - close(-1)|, |low - close(-1)|}. Lines {@code vi_plus, vi_minus};
 * default period 14. Engine thread only.
 */
public final class Vortex extends CompositeIndicator {

    /** Vortex(14). */
    public Vortex(DataFeed data) {
        this(data, 14);
    }

    /** Over {@code period}. */
    public Vortex(DataFeed data, int period) {
        super(new String[] {"vi_plus", "vi_minus"}, () -> build(data, period));
    }

    private static Line[] build(DataFeed d, int period) {
        Line h = d.high();
        Line l = d.low();
        Line vmPlus = new SumN(abs(sub(h, Delay.of(l, 1))), period).line(0);
        Line vmMinus = new SumN(abs(sub(l, Delay.of(h, 1))), period).line(0);
        Line h0c1 = abs(sub(h, Delay.of(d.close(), 1)));
        Line l0c1 = abs(sub(l, Delay.of(d.close(), 1)));
        Line h0l0 = abs(sub(h, l));
        Line tr = new SumN(Functions.Max(h0l0, h0c1, l0c1), period).line(0);
        return new Line[] {div(vmPlus, tr), div(vmMinus, tr)};
    }
}
