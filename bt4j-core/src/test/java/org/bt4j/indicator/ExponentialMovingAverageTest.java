package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link ExponentialMovingAverage} against backtrader's own {@code test_ind_ema} values, identical in both run modes. */
class ExponentialMovingAverageTest {

    private static final int[] BARS = {254, 29, 141};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new ExponentialMovingAverage(f.close()));
        assertEquals(30, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "ema", BARS, "4070.115719", "3644.444667", "3581.728712");
        assertTrue(Double.isNaN(r.line(0)[28]), "nothing before the minimum period");
    }
}
