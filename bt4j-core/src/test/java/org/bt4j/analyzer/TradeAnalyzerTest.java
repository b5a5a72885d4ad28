package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/**
 * {@link TradeAnalyzer} on backtrader's analyzer anchor run: its sections agree with each other
 * (won + lost = closed, long + short = closed, net pnl = won pnl + lost pnl, average = total / count).
 */
class TradeAnalyzerTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> m, String... path) {
        Map<String, Object> s = m;
        for (String k : path) {
            s = (Map<String, Object>) s.get(k);
        }
        return s;
    }

    private static long n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    private static double d(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void sectionsAreConsistent() throws Exception {
        Map<String, Object> a = AnalyzerAnchors.run(new Cerebro(), new TradeAnalyzer());
        long closed = n(sub(a, "total"), "closed");
        assertTrue(closed > 0, a.toString());
        assertEquals(closed, n(sub(a, "won"), "total") + n(sub(a, "lost"), "total"));
        assertEquals(closed, n(sub(a, "long"), "total") + n(sub(a, "short"), "total"));
        double net = d(sub(a, "pnl", "net"), "total");
        assertEquals(net, d(sub(a, "won", "pnl"), "total") + d(sub(a, "lost", "pnl"), "total"), 1e-9);
        assertEquals(net / closed, d(sub(a, "pnl", "net"), "average"), 1e-9);
        assertEquals((double) n(sub(a, "len"), "total") / closed, d(sub(a, "len"), "average"), 1e-12);
        assertTrue(n(sub(a, "len"), "min") <= n(sub(a, "len"), "max"));
    }
}
