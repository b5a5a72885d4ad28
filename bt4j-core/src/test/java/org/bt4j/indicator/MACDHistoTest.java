package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link MACDHisto} against backtrader's own {@code test_ind_macdhisto} values, identical in both run modes. */
class MACDHistoTest {

    private static final int[] BARS = {254, 33, 143};

    @Test
    void backtradersOwnTestValues() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new MACDHisto(f.close()));
        assertEquals(34, r.indicator().minPeriod());
        Runs.assertFixed6(r, 0, "macd", BARS, "25.821368", "32.469404", "1.772445");
        Runs.assertFixed6(r, 1, "signal", BARS, "21.977853", "26.469735", "-2.845646");
        Runs.assertFixed6(r, 2, "histo", BARS, "3.843516", "5.999669", "4.618090");
        assertTrue(Double.isNaN(r.line(2)[32]), "nothing before the minimum period");
    }
}
