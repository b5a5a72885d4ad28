package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link AnnualReturn} on backtrader's analyzer anchor run (2006 daily bars): one key per calendar
 * year, the same return as {@link TimeReturn} over years (first value to last value).
 */
class AnnualReturnTest {

    @Test
    void oneReturnPerYearAgreeingWithTimeReturn() throws Exception {
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new AnnualReturn());
        Map<String, Object> t = AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Years, 1));
        assertEquals(t.size(), a.size(), a + " vs " + t);
        Iterator<Object> expected = t.values().iterator();
        for (Map.Entry<String, Object> e : a.entrySet()) {
            assertEquals("2006", String.valueOf(e.getKey()));
            assertEquals((Double) expected.next(), ((Number) e.getValue()).doubleValue(), 1e-12);
        }
    }
}
