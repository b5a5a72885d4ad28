package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Highest} against backtrader's own {@code test_ind_highest} values, identical in both run modes. */
class HighestTest {

    private static final int[] BARS = {254, 13, 133};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new Highest(f.close(), 14));
        assertEquals(14, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "highest", BARS, "4140.660000", "3671.780000", "3670.750000");
        assertTrue(Double.isNaN(r.line(0)[12]), "nothing before the minimum period");
    }
}
