package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DemarkPivotPoint}: x depends on close vs open; p = x/4, s1 = x/2 - h, r1 = x/2 - l. */
class DemarkPivotPointTest {

    @Test
    void eachCloseOpenCaseByHand() {
        double[][] bars = {
            {10, 12, 8, 9},     // close < open: x = h + 2l + c = 37
            {10, 12, 8, 10},    // close = open: x = 2h + l + c = 42
            {10, 12, 8, 11.5},  // close > open: x = h + l + 2c = 43
        };
        Runs.Result r = Hand.onBars(DemarkPivotPoint::new, bars);
        Hand.assertNames(r, "p", "s1", "r1");
        Hand.assertWarmup(r, 0, 1);
        Hand.assertLine(r, 0, 9.25, 10.5, 10.75);
        Hand.assertLine(r, 1, 6.5, 9, 9.5);
        Hand.assertLine(r, 2, 10.5, 13, 13.5);
    }
}
