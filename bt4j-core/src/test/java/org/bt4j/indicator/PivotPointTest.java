package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link PivotPoint}: p, s1 = 2p - h, s2 = p - (h - l), r1 = 2p - l, r2 = p + (h - l). */
class PivotPointTest {

    /** h 12, l 8, c 10, o 6. */
    private static final double[][] BAR = {{6, 12, 8, 10}};

    @Test
    void classicLevelsByHand() {
        // p = 30 / 3 = 10
        Runs.Result r = Hand.onBars(PivotPoint::new, BAR);
        Hand.assertNames(r, "p", "s1", "s2", "r1", "r2");
        Hand.assertWarmup(r, 4, 1);
        Hand.assertLine(r, 0, 10);
        Hand.assertLine(r, 1, 8);
        Hand.assertLine(r, 2, 6);
        Hand.assertLine(r, 3, 12);
        Hand.assertLine(r, 4, 14);
    }

    @Test
    void closeVariantDoublesTheClose() {
        // p = (12 + 8 + 20) / 4 = 10 as well; with c 12: (12 + 8 + 24) / 4 = 11
        Runs.Result r = Hand.onBars(d -> new PivotPoint(d, false, true), new double[][] {{6, 12, 8, 12}});
        Hand.assertLine(r, 0, 11);
        Hand.assertLine(r, 1, 10);
        Hand.assertLine(r, 3, 14);
    }

    @Test
    void openVariantAddsTheOpen() {
        // p = (12 + 8 + 10 + 6) / 4 = 9
        Runs.Result r = Hand.onBars(d -> new PivotPoint(d, true, false), BAR);
        Hand.assertLine(r, 0, 9);
        Hand.assertLine(r, 2, 5);
        Hand.assertLine(r, 4, 13);
    }
}
