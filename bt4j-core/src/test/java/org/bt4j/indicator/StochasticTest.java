package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Stochastic} against backtrader's own {@code test_ind_stochastic} values, identical in both run modes. */
class StochasticTest {

    private static final int[] BARS = {254, 17, 135};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new Stochastic(f));
        assertEquals(18, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "percK", BARS, "88.667626", "21.409626", "63.796187");
        Runs.assertFixed6(r, 1, "percD", BARS, "82.845850", "15.710059", "77.642219");
        assertTrue(Double.isNaN(r.line(1)[16]), "nothing before the minimum period");
    }
}
