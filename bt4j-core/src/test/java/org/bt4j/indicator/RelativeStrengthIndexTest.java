package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link RelativeStrengthIndex} against backtrader's own {@code test_ind_rsi} values, identical in both run modes. */
class RelativeStrengthIndexTest {

    private static final int[] BARS = {254, 14, 134};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new RelativeStrengthIndex(f.close()));
        assertEquals(15, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "rsi", BARS, "57.644284", "41.630968", "53.352553");
        assertTrue(Double.isNaN(r.line(0)[13]), "nothing before the minimum period");
    }
}
