package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link AverageTrueRange} against backtrader's own {@code test_ind_atr} values, identical in both run modes. */
class AverageTrueRangeTest {

    private static final int[] BARS = {254, 14, 134};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new AverageTrueRange(f));
        assertEquals(15, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "atr", BARS, "35.866308", "34.264286", "54.329064");
        assertTrue(Double.isNaN(r.line(0)[13]), "nothing before the minimum period");
    }
}
