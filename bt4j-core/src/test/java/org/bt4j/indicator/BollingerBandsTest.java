package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link BollingerBands} against backtrader's own {@code test_ind_bbands} values, identical in both run modes. */
class BollingerBandsTest {

    private static final int[] BARS = {254, 19, 136};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new BollingerBands(f.close()));
        assertEquals(20, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "mid", BARS, "4065.884000", "3621.185000", "3582.895500");
        Runs.assertFixed6(r, 1, "top", BARS, "4190.782310", "3712.008864", "3709.453081");
        Runs.assertFixed6(r, 2, "bot", BARS, "3940.985690", "3530.361136", "3456.337919");
        assertTrue(Double.isNaN(r.line(2)[18]), "nothing before the minimum period");
    }
}
