package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code DemarkPivotPoint}: {@code x = h + 2l + c} if close &lt; open,
 * {@code 2h + l + c} if equal, {@code h + l + 2c} if close &gt; open; {@code p = x / 4},
 * {@code s1 = x / 2 - h}, {@code r1 = x / 2 - l}. Both run modes give these intended values
 * (backtrader's bar-by-bar mode is broken here). Lines {@code p, s1, r1}; the open/close/level
 * parameters are accepted and unused, as in backtrader. Engine thread only.
 */
public final class DemarkPivotPoint extends CompositeIndicator {

    /** The DeMark pivot of {@code data}. */
    public DemarkPivotPoint(DataFeed data) {
        super(new String[] {"p", "s1", "r1"}, () -> build(data));
    }

    private static Line[] build(DataFeed d) {
        Line h = d.high();
        Line l = d.low();
        Line c = d.close();
        Line x1 = add(add(h, mul(2.0, l)), c);
        Line x2 = add(add(mul(2.0, h), l), c);
        Line x3 = add(add(h, l), mul(2.0, c));
        Line x = Functions.CmpEx(c, d.open(), x1, x2, x3);
        return new Line[] {div(x, 4.0), sub(div(x, 2.0), h), sub(div(x, 2.0), l)};
    }
}
