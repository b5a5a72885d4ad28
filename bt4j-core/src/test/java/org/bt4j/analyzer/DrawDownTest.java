package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * {@link DrawDown} recomputed independently on backtrader's analyzer anchor run (daily bars): the
 * broker value of every bar is rebuilt from the starting cash and the daily {@link TimeReturn}s,
 * and the largest fall from the running peak, in percent and money, must match.
 */
class DrawDownTest {

    /** The broker value at the end of every day: 10000 (the default cash) compounded by each daily return. */
    static double[] dailyValues() throws Exception {
        Map<String, Object> daily = AnalyzerAnchors.run(new Cerebro(), new TimeReturn(TimeFrame.Days, 1));
        double[] v = new double[daily.size()];
        double value = 10000.0;
        int i = 0;
        for (Object r : daily.values()) {
            value *= 1.0 + (Double) r;
            v[i++] = value;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    @Test
    void maximumMatchesTheRebuiltValueCurve() throws Exception {
        double peak = Double.NEGATIVE_INFINITY;
        double maxPct = 0;
        double maxMoney = 0;
        for (double v : dailyValues()) {
            peak = Math.max(peak, v);
            maxPct = Math.max(maxPct, 100.0 * (peak - v) / peak);
            maxMoney = Math.max(maxMoney, peak - v);
        }
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new DrawDown());
        Map<String, Object> max = (Map<String, Object>) a.get("max");
        assertTrue(maxPct > 0);
        assertEquals(maxPct, (Double) max.get("drawdown"), 1e-9);
        assertEquals(maxMoney, (Double) max.get("moneydown"), 1e-6);
        assertTrue((Double) a.get("drawdown") <= (Double) max.get("drawdown"));
        assertTrue(((Number) a.get("len")).longValue() <= ((Number) max.get("len")).longValue());
    }
}
