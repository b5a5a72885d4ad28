package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Ichimoku}: mid-ranges, leading spans pushed forward, the close pushed back. */
class IchimokuTest {

    private static final double[][] BARS = Hand.bars(20);

    private static double[] midRange(int n) {
        return Hand.zip(Hand.highest(Hand.column(BARS, 1), n), Hand.lowest(Hand.column(BARS, 2), n), (h, l) -> (h + l) / 2);
    }

    @Test
    void everyLineByDefinition() {
        // tenkan 3, kijun 4, senkou 5, lead 2, chikou 2
        Runs.Result r = Hand.onBars(d -> new Ichimoku(d, 3, 4, 5, 2, 2), BARS);
        Hand.assertNames(r, "tenkan_sen", "kijun_sen", "senkou_span_a", "senkou_span_b", "chikou_span");
        Hand.assertWarmup(r, 3, 5 + 2);
        Hand.assertFirstValue(r.line(0), 2);
        Hand.assertFirstValue(r.line(2), 3 + 2);
        double[] tenkan = midRange(3);
        double[] kijun = midRange(4);
        Hand.assertLine(r, 0, tenkan);
        Hand.assertLine(r, 1, kijun);
        Hand.assertLine(r, 2, Hand.delay(Hand.zip(tenkan, kijun, (a, b) -> (a + b) / 2), 2));
        Hand.assertLine(r, 3, Hand.delay(midRange(5), 2));
        double[] close = Hand.column(BARS, 3);
        // the close two bars later; the last two bars have none
        Hand.assertLine(r, 4, Hand.series(20, i -> i + 2 < 20 ? close[i + 2] : Double.NaN));
    }

    @Test
    void defaults() {
        Runs.Result r = Hand.onBars(Ichimoku::new, Hand.bars(90));
        // senkou span B: 52 bars plus a 26-bar lead
        assertEquals(52 + 26, r.indicator().minPeriod());
        Hand.assertFirstValue(r.line(0), 8);
        Hand.assertFirstValue(r.line(1), 25);
        Hand.assertFirstValue(r.line(2), 25 + 26);
        assertEquals(Hand.column(Hand.bars(90), 3)[63], r.line(4)[37]);
    }

    @Test
    void negativeChikouIsRejected() {
        assertEquals("chikou must be >= 0, got -1", Hand.rejects(f -> new Ichimoku(f, 9, 26, 52, 26, -1)));
    }

    @Test
    void chikouZeroIsTheCloseItself() {
        Runs.Result r = Hand.onBars(d -> new Ichimoku(d, 3, 4, 5, 2, 0), BARS);
        Hand.assertLine(r, 4, Hand.column(BARS, 3));
    }
}
