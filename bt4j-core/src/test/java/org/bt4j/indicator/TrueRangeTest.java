package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/**
 * {@link TrueRange}: true high minus true low. Its hand-worked bars (inside, gap up, gap down) are
 * shared with the TrueHigh, TrueLow and WilliamsAD tests.
 */
class TrueRangeTest {

    static final double NaN = Double.NaN;
    static final double[][] BARS = {
        {10, 12, 9, 11},
        {11, 13, 11.5, 12},   // high 13 / previous close 11 below the low: TH 13, TL 11
        {12, 12.5, 10, 10.5}, // previous close 12 inside: TH 12.5, TL 10
        {15, 16, 14, 15},     // gap up: TH 16, TL = previous close 10.5
        {8, 9, 7, 8},         // gap down: TH = previous close 15, TL 7
        {8, 9, 7, 8},         // same bar again: TH 9, TL 7
    };
    static final double[] TRUE_HIGH = {NaN, 13, 12.5, 16, 15, 9};
    static final double[] TRUE_LOW = {NaN, 11, 10, 10.5, 7, 7};

    @Test
    void byHand() {
        Runs.Result r = Hand.onBars(TrueRange::new, BARS);
        Hand.assertNames(r, "tr");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 2, 2.5, 5.5, 8, 2);
    }
}
