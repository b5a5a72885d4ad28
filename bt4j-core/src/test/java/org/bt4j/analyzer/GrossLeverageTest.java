package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/**
 * {@link GrossLeverage} on backtrader's analyzer anchor run, against {@link PositionsValue} of the
 * same run: one entry per bar with the same keys, zero exactly on the bars without a position.
 */
class GrossLeverageTest {

    @SuppressWarnings("unchecked")
    @Test
    void zeroExactlyWhenNoPositionIsHeld() throws Exception {
        Map<String, Object> lev = AnalyzerAnchors.run(new Cerebro(), new GrossLeverage());
        Map<String, Object> pos = AnalyzerAnchors.run(new Cerebro(), new PositionsValue());
        assertEquals(pos.size(), lev.size());
        Iterator<Map.Entry<String, Object>> p = pos.entrySet().iterator();
        int invested = 0;
        for (Map.Entry<String, Object> e : lev.entrySet()) {
            Map.Entry<String, Object> q = p.next();
            assertEquals(String.valueOf(q.getKey()).substring(0, 10), String.valueOf(e.getKey()).substring(0, 10));
            double positionValue = ((Number) ((List<Object>) q.getValue()).get(0)).doubleValue();
            double leverage = ((Number) e.getValue()).doubleValue();
            assertEquals(positionValue == 0, leverage == 0, e + " vs " + q);
            invested += leverage != 0 ? 1 : 0;
        }
        assertTrue(invested > 0);
    }
}
