package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link WeightedMovingAverage} against backtrader's own {@code test_ind_wma} values, identical in both run modes. */
class WeightedMovingAverageTest {

    private static final int[] BARS = {254, 29, 141};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new WeightedMovingAverage(f.close()));
        assertEquals(30, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "wma", BARS, "4076.212366", "3655.193634", "3576.228000");
        assertTrue(Double.isNaN(r.line(0)[28]), "nothing before the minimum period");
    }
}
