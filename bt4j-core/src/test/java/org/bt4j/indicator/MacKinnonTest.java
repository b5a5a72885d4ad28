package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacKinnonTest {

    @Test
    void pValuesMatchStatsmodels() {
        // statsmodels 0.13.5 mackinnonp(t, 'c', N=2)
        double[][] cases = {{-4.5, 0.0012246688283669626}, {-3.9, 0.009919396659836632},
            {-3.34, 0.04946535878273698}, {-3.04, 0.10100086492841487}, {-2.0, 0.5285780802451076},
            {0.5, 0.9926499199201502}};
        for (double[] c : cases) {
            assertClose(c[1], MacKinnon.pValue(c[0], MacKinnon.Trend.C, 2), 1e-12, "tau " + c[0]);
        }
        assertClose(0.05020109988200309, MacKinnon.pValue(-2.86, MacKinnon.Trend.C, 1), 1e-12, "N=1");
    }

    @Test
    void textbookCriticalValuesGiveTheirLevels() {
        // MacKinnon's asymptotic critical values for two series with a constant: -3.90 (1 %), -3.34 (5 %),
        // -3.04 (10 %); one series (Dickey-Fuller with constant): -2.86 (5 %)
        assertEquals(0.01, MacKinnon.pValue(-3.90, MacKinnon.Trend.C, 2), 0.001);
        assertEquals(0.05, MacKinnon.pValue(-3.34, MacKinnon.Trend.C, 2), 0.002);
        assertEquals(0.10, MacKinnon.pValue(-3.04, MacKinnon.Trend.C, 2), 0.002);
        assertEquals(0.05, MacKinnon.pValue(-2.86, MacKinnon.Trend.C, 1), 0.001);
    }

    @Test
    void outsideTheFittedRangeIsZeroOrOne() {
        assertEquals(0.0, MacKinnon.pValue(-19.0, MacKinnon.Trend.C, 2));
        assertEquals(1.0, MacKinnon.pValue(1.0, MacKinnon.Trend.C, 2));
        assertEquals(0.0, MacKinnon.pValue(Double.NEGATIVE_INFINITY, MacKinnon.Trend.CT, 2));
        assertTrue(Double.isNaN(MacKinnon.pValue(Double.NaN, MacKinnon.Trend.C, 2)));
        assertEquals(MacKinnon.Trend.N, MacKinnon.Trend.of("nc"));
    }

    @Test
    void normalDistributionMatchesScipy() {
        // scipy.stats.norm.cdf
        double[][] cases = {{-8.0, 6.22096057427174e-16}, {-1.959963984540054, 0.025}, {0.0, 0.5},
            {1.0, 0.8413447460685429}, {3.5, 0.9997673709209645}, {-20.0, 2.7536241186061556e-89},
            {-0.3, 0.3820885778110474}};
        for (double[] c : cases) {
            assertClose(c[1], MacKinnon.normalCdf(c[0]), 1e-13, "Phi(" + c[0] + ")");
        }
    }
}
