package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CommodityChannelIndex} against backtrader's own {@code test_ind_cci} values, identical in both run modes. */
class CommodityChannelIndexTest {

    private static final int[] BARS = {254, 38, 146};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new CommodityChannelIndex(f));
        assertEquals(39, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "cci", BARS, "69.574287", "91.196363", "82.175663");
        assertTrue(Double.isNaN(r.line(0)[37]), "nothing before the minimum period");
    }
}
