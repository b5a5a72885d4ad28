package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link WilliamsR} against backtrader's own {@code test_ind_williamsr} values, identical in both run modes. */
class WilliamsRTest {

    private static final int[] BARS = {254, 13, 133};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new WilliamsR(f));
        assertEquals(14, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "percR", BARS, "-16.458733", "-68.298609", "-28.602854");
        assertTrue(Double.isNaN(r.line(0)[12]), "nothing before the minimum period");
    }
}
