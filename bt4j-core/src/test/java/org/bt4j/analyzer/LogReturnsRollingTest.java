package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link LogReturnsRolling} with compression 1: the log of one plus each monthly {@link TimeReturn}. */
class LogReturnsRollingTest {

    @Test
    void logOfTheSimpleReturnsPerPeriod() throws Exception {
        Map<String, Object> simple = AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Months, 1));
        Map<String, Object> log = AnalyzerAnchors.run(new Cerebro(), new LogReturnsRolling(TimeFrame.Months, 1));
        assertEquals(simple.keySet(), log.keySet());
        Iterator<Object> s = simple.values().iterator();
        for (Object v : log.values()) {
            assertEquals(Math.log1p((Double) s.next()), (Double) v, 1e-12);
        }
    }
}
