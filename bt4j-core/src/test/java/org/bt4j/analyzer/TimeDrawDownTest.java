package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeDrawDown} over daily periods recomputed from the value curve of backtrader's anchor
 * run, sampled as the analyzer samples it: once per period.
 */
class TimeDrawDownTest {

    @Test
    void dailyPeriodsGiveTheBarByBarMaximum() throws Exception {
        double peak = Double.NEGATIVE_INFINITY;
        double maxPct = 0;
        for (double v : DrawDownTest.dailyValues()) {
            peak = Math.max(peak, v);
            maxPct = Math.max(maxPct, 100.0 * (peak - v) / peak);
        }
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new TimeDrawDown(TimeFrame.Days, 1));
        assertEquals(maxPct, (Double) a.get("maxdrawdown"), 1e-9);
    }

    @Test
    void coarserPeriodsSeeNoDeeperDrawdown() throws Exception {
        double daily = (Double) AnalyzerAnchors.run(new Cerebro(), new TimeDrawDown(TimeFrame.Days, 1))
                .get("maxdrawdown");
        Map<String, Object> monthly = AnalyzerAnchors.run(new Cerebro(), new TimeDrawDown(TimeFrame.Months, 1));
        double m = (Double) monthly.get("maxdrawdown");
        assertTrue(m <= daily + 1e-12, m + " > " + daily);
        assertTrue(((Number) monthly.get("maxdrawdownperiod")).longValue() >= 0);
    }
}
