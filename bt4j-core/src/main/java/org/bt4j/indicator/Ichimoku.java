package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/**
 * backtrader's {@code Ichimoku}: tenkan/kijun sen (mid-points of the high-low range over
 * {@code tenkan}/{@code kijun} bars), senkou spans A and B pushed {@code senkou_lead} bars forward,
 * and {@code chikou_span}, the close pushed {@code chikou} bars into the past (so its last
 * {@code chikou} values are NaN in both run modes — the intended value; backtrader's vectorised
 * mode wraps one close around to the last bar). Lines {@code tenkan_sen, kijun_sen, senkou_span_a,
 * senkou_span_b, chikou_span}; defaults 9, 26, 52, 26, 26. Engine thread only.
 */
public final class Ichimoku extends CompositeIndicator {

    private final int chikou;

    /** Ichimoku(9, 26, 52, 26, 26). */
    public Ichimoku(DataFeed data) {
        this(data, 9, 26, 52, 26, 26);
    }

    /** With every parameter. */
    public Ichimoku(DataFeed data, int tenkan, int kijun, int senkou, int senkouLead, int chikou) {
        super(new String[] {"tenkan_sen", "kijun_sen", "senkou_span_a", "senkou_span_b", "chikou_span"},
            () -> build(data, tenkan, kijun, senkou, senkouLead), data.close());
        this.chikou = Params.atLeast("chikou", chikou, 0);
        out(4).requireLookback(this.chikou + 1);
    }

    private static Line[] build(DataFeed d, int tenkan, int kijun, int senkou, int lead) {
        Line tenkanSen = midRange(d, tenkan);
        Line kijunSen = midRange(d, kijun);
        Line spanA = Delay.of(div(add(tenkanSen, kijunSen), 2.0), lead);
        Line spanB = Delay.of(midRange(d, senkou), lead);
        return new Line[] {tenkanSen, kijunSen, spanA, spanB};
    }

    private static Line midRange(DataFeed d, int period) {
        return div(add(new Highest(d.high(), period).line(0), new Lowest(d.low(), period).line(0)), 2.0);
    }

    /** chikou_span: the current close written {@code chikou} bars into the past. */
    @Override
    protected void nextOwn() {
        if (len() > chikou) {
            out(4).set(-chikou, input(4).get(0));
        }
    }

    @Override
    protected void onceOwn(int start, int end) {
        double[] close = input(4).buffer().array();
        double[] dst = out(4).array();
        for (int i = Math.max(start, chikou); i < end; i++) {
            dst[i - chikou] = close[i];
        }
    }
}
