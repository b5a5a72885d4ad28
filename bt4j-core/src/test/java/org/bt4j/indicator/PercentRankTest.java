package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PercentRank}: share of the window strictly below the current value (ties do not count). */
class PercentRankTest {

    private static final double NaN = Double.NaN;

    @Test
    void shareStrictlyBelowByHand() {
        // windows of 4: [3,1,4,1] -> nothing below 1: 0; [1,4,1,5] -> 3/4; [4,1,5,5] -> 2/4; [1,5,5,2] -> 1/4
        Runs.Result r = Hand.onCloses(x -> new PercentRank(x, 4), 3, 1, 4, 1, 5, 5, 2);
        Hand.assertNames(r, "pctrank");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, NaN, NaN, NaN, 0, 0.75, 0.5, 0.25);
    }

    @Test
    void defaultPeriodIs50() {
        Runs.Result r = Hand.onCloses(PercentRank::new, Hand.ramp(55));
        Hand.assertWarmup(r, 0, 50);
        assertEquals(49.0 / 50, r.line(0)[54]);
    }
}
