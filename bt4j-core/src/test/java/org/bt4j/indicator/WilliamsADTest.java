package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link WilliamsAD}: accumulates close - true low on up days, close - true high on down days. */
class WilliamsADTest {

    @Test
    void byHandOnTheTrueRangeBars() {
        // closes 11, 12 (up: 12 - 11 = 1), 10.5 (down: 10.5 - 12.5 = -2), 15 (up: 15 - 10.5 = 4.5),
        // 8 (down: 8 - 15 = -7), 8 (flat: 0)
        Runs.Result r = Hand.onBars(WilliamsAD::new, TrueRangeTest.BARS);
        Hand.assertNames(r, "ad");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, Double.NaN, 1, -1, 3.5, -3.5, -3.5);
    }
}
