package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Lowest} against backtrader's own {@code test_ind_lowest} values, identical in both run modes. */
class LowestTest {

    private static final int[] BARS = {254, 13, 133};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new Lowest(f.close(), 14));
        assertEquals(14, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "lowest", BARS, "4019.890000", "3570.170000", "3506.070000");
        assertTrue(Double.isNaN(r.line(0)[12]), "nothing before the minimum period");
    }
}
