package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;

/**
 * backtrader's {@code tests/test_analyzer-timereturn.py}: TimeReturn(timeframe=Years), first
 * (only) period {@code 0.2794999999999983} (Python 3's repr), in every run mode.
 */
class TimeReturnTest {

    @Test
    void backtradersYearlyAnchorInEveryRunMode() throws Exception {
        for (Cerebro c : AnalyzerAnchors.configurations()) {
            Map<String, Object> a = AnalyzerAnchors.run(c, new TimeReturn(TimeFrame.Years, 1));
            assertEquals(1, a.size(), a.toString());
            Object first = a.values().iterator().next();
            assertEquals("0.2794999999999983", PyFormat.repr((Double) first), "usedRunOnce=" + c.usedRunOnce());
        }
    }
}
