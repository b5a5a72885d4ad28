package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SmoothedMovingAverage} against backtrader's own {@code test_ind_smma} values, identical in both run modes. */
class SmoothedMovingAverageTest {

    private static final int[] BARS = {254, 29, 141};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new SmoothedMovingAverage(f.close()));
        assertEquals(30, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "smma", BARS, "4021.569725", "3644.444667", "3616.427648");
        assertTrue(Double.isNaN(r.line(0)[28]), "nothing before the minimum period");
    }
}
