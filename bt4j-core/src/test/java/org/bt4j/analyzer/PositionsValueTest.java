package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/**
 * {@link PositionsValue} on backtrader's analyzer anchor run: one entry per bar holding one value
 * (one data), zero on every bar before the first fill that {@link Transactions} reports and not
 * zero on the bar of that fill.
 */
class PositionsValueTest {

    private static String day(Object key) {
        return String.valueOf(key).substring(0, 10);
    }

    @SuppressWarnings("unchecked")
    @Test
    void nothingHeldBeforeTheFirstFill() throws Exception {
        Map<String, Object> pos = AnalyzerAnchors.run(new Cerebro(), new PositionsValue());
        Map<String, Object> tx = AnalyzerAnchors.run(new Cerebro(), new Transactions());
        String firstFill = day(tx.keySet().iterator().next());
        int bars = 0;
        boolean reached = false;
        for (Map.Entry<String, Object> e : pos.entrySet()) {
            List<Object> values = (List<Object>) e.getValue();
            assertEquals(1, values.size(), e.toString());
            double v = ((Number) values.get(0)).doubleValue();
            if (day(e.getKey()).equals(firstFill)) {
                reached = true;
                assertNotEquals(0.0, v, e.toString());
            } else if (!reached) {
                assertEquals(0.0, v, e.toString());
            }
            bars++;
        }
        assertTrue(reached, "first fill " + firstFill + " not among the bars");
        assertEquals(AnalyzerAnchors.run(new Cerebro(), new GrossLeverage()).size(), bars);
    }
}
