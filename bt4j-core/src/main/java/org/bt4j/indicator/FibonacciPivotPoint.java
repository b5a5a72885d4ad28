package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code FibonacciPivotPoint}: pivot {@code p}, supports {@code p - level_k * (h - l)}
 * and resistances {@code p + level_k * (h - l)}. Lines {@code p, s1, s2, s3, r1, r2, r3}; levels
 * 0.382, 0.618, 1.0. Engine thread only.
 */
public final class FibonacciPivotPoint extends CompositeIndicator {

    /** With the default levels. */
    public FibonacciPivotPoint(DataFeed data) {
        this(data, false, false, 0.382, 0.618, 1.0);
    }

    /** With every parameter. */
    public FibonacciPivotPoint(DataFeed data, boolean open, boolean close, double level1, double level2,
            double level3) {
        super(new String[] {"p", "s1", "s2", "s3", "r1", "r2", "r3"}, () -> build(data, open, close, level1, level2, level3));
    }

    private static Line[] build(DataFeed d, boolean open, boolean close, double l1, double l2, double l3) {
        Line p = Pivots.pivot(d, open, close);
        Line hl = sub(d.high(), d.low());
        return new Line[] {p, sub(p, mul(l1, hl)), sub(p, mul(l2, hl)), sub(p, mul(l3, hl)),
            add(p, mul(l1, hl)), add(p, mul(l2, hl)), add(p, mul(l3, hl))};
    }
}
