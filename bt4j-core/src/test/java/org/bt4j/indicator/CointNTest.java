package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class CointNTest {

    /**
     * statsmodels 0.13.5 {@code coint(close[-p:], open[-p:], trend=...)} (score, pvalue) on
     * bt-2006-day-001.txt, windows ending at the given bar: {period, bar, trend, score, pvalue}.
     */
    private static final Object[][] STATSMODELS = {
        {60, 59, "c", -3.7136004308668653, 0.01760056189453512},
        {60, 254, "c", -3.754483828994751, 0.015570716306444765},
        {100, 254, "c", -8.09563187672616, 1.73668334232484e-11},
        {100, 200, "ct", -10.941740710643803, 4.665211891960868e-19},
        {100, 254, "n", -8.114714234737237, 1.228281002854302e-12},
        {40, 180, "ctt", -6.541512335717252, 3.4027672446236145e-06},
        {30, 254, "c", -1.5232045335385802, 0.7521869776324329},
    };

    @Test
    void matchesStatsmodelsCoint() {
        for (Object[] c : STATSMODELS) {
            int period = (Integer) c[0];
            int bar = (Integer) c[1];
            String trend = (String) c[2];
            Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new CointN(f.close(), f.open(), period, trend));
            assertEquals(period, r.indicator().minPeriod());
            String what = "period " + period + " bar " + bar + " trend " + trend;
            assertClose((Double) c[3], r.line(0)[bar], 1e-8, what + " score");
            assertClose((Double) c[4], r.line(1)[bar], 1e-7, what + " pvalue");
        }
        // close against high: not cointegrated at 5 % over 60 bars
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new CointN(f.close(), f.high(), 60, "c"));
        assertClose(-2.5040291461723916, r.line(0)[254], 1e-8, "close/high score");
        assertClose(0.2772949440557247, r.line(1)[254], 1e-7, "close/high pvalue");
    }

    @Test
    void collinearSeriesScoreMinusInfinity() {
        // data0 = 2 * data1 + 1 exactly: R-squared is 1, statsmodels returns (-inf, 0.0)
        double[] x = {5, 1, 4, 2, 8, 3, 7, 6, 9, 2, 5, 1, 7, 3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i] + 1;
        }
        Runs.Result r = Runs.both(() -> OLS_Slope_InterceptNTest.feed(y, x), f -> new CointN(f.close(), f.open(), 12, "c"));
        assertEquals(Double.NEGATIVE_INFINITY, r.line(0)[13]);
        assertEquals(0.0, r.line(1)[13]);
        assertTrue(Double.isNaN(r.line(0)[10]));
    }

    @Test
    void defaultsLinesAndBadTrend() {
        assertEquals(12, CointN.maxLag(100)); // statsmodels: ceil(12 * (100 / 100)^0.25), capped at 100 / 2 - 1
        assertEquals(4, CointN.maxLag(10)); // ceil(6.75) = 7 capped at 10 / 2 - 1
        assertEquals(22, CointN.maxLag(1000)); // ceil(21.3)
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2, 3);
            CointN c = new CointN(f.close(), f.open());
            assertEquals(10, c.minPeriod());
            assertEquals("score", c.lineName(0));
            assertEquals("pvalue", c.lineName(1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CointN(f.close(), f.open(), 10, "x"));
            assertEquals("trend must be one of c, ct, ctt, n (or nc), got 'x'", e.getMessage());
        }
    }
}
