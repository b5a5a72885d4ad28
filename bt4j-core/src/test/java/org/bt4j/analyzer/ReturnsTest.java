package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link Returns} checked against an independent computation: on backtrader's analyzer anchor run,
 * the log total return equals the sum of the log daily returns of a {@link TimeReturn}, the average
 * divides it by the number of days, and {@code rnorm} annualises with 252 days.
 */
class ReturnsTest {

    @Test
    void agreesWithTheDailyTimeReturns() throws Exception {
        Map<String, Object> daily = AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Days, 1));
        Map<String, Object> r = AnalyzerAnchors.run(new Cerebro(), new Returns());
        double logSum = 0;
        for (Object v : daily.values()) {
            logSum += Math.log1p((Double) v);
        }
        double rtot = (Double) r.get("rtot");
        assertEquals(logSum, rtot, 1e-9);
        assertEquals(rtot / daily.size(), (Double) r.get("ravg"), 1e-12);
        assertEquals(Math.expm1((Double) r.get("ravg") * 252), (Double) r.get("rnorm"), 1e-12);
        assertEquals((Double) r.get("rnorm") * 100.0, (Double) r.get("rnorm100"), 0.0);
    }

    @Test
    void periodsPerYearAreBacktradersAndNoneIntraday() {
        assertEquals(252.0, Returns.periodsPerYear(TimeFrame.Days));
        assertEquals(52.0, Returns.periodsPerYear(TimeFrame.Weeks));
        assertEquals(12.0, Returns.periodsPerYear(TimeFrame.Months));
        assertEquals(1.0, Returns.periodsPerYear(TimeFrame.Years));
        assertEquals(null, Returns.periodsPerYear(TimeFrame.Minutes));
    }
}
