package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OLS_Slope_InterceptNTest {

    @Test
    void exactLineIsRecovered() {
        // data0 = 2 * data1 + 1 exactly (data0 is the close, data1 the open of the same bars)
        double[] x = {1, 4, 2, 8, 5, 7, 3, 6, 9, 0, 11, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i] + 1;
        }
        Runs.Result r = Runs.both(() -> feed(y, x), f -> new OLS_Slope_InterceptN(f.close(), f.open(), 5));
        assertEquals(5, r.indicator().minPeriod());
        assertTrue(Double.isNaN(r.line(0)[3]));
        for (int i = 4; i < x.length; i++) {
            assertClose(2.0, r.line(0)[i], 1e-14, "slope " + i);
            assertClose(1.0, r.line(1)[i], 1e-14, "intercept " + i);
        }
    }

    @Test
    void handComputedRegression() {
        // x = 1, 2, 3, 4; y = 2, 3, 5, 4: Sxx = 5, Sxy = 4 -> slope 0.8, intercept 3.5 - 0.8 * 2.5 = 1.5
        Runs.Result r = Runs.both(() -> feed(new double[] {2, 3, 5, 4}, new double[] {1, 2, 3, 4}),
            f -> new OLS_Slope_InterceptN(f.close(), f.open(), 4));
        assertClose(0.8, r.line(0)[3], 1e-15, "slope");
        assertClose(1.5, r.line(1)[3], 1e-15, "intercept");
    }

    @Test
    void constantRegressorGivesThePseudoInverseSolution() {
        // x = 2 throughout, mean(y) = 5: numpy.linalg.pinv gives intercept 5 / (1 + 4) = 1, slope 2
        Runs.Result r = Runs.both(() -> feed(new double[] {4, 6, 5}, new double[] {2, 2, 2}),
            f -> new OLS_Slope_InterceptN(f.close(), f.open(), 3));
        assertClose(2.0, r.line(0)[2], 1e-15, "slope");
        assertClose(1.0, r.line(1)[2], 1e-15, "intercept");
    }

    @Test
    void matchesStatsmodelsOnBacktradersSampleData() {
        // statsmodels 0.13.5: sm.OLS(close[-p:], sm.add_constant(open[-p:])).fit().params on bt-2006-day-001.txt
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new OLS_Slope_InterceptN(f.close(), f.open()));
        assertEquals(10, r.indicator().minPeriod());
        assertEquals("slope", r.indicator().lineName(0));
        assertEquals("intercept", r.indicator().lineName(1));
        assertClose(0.5094038827658061, r.line(0)[9], 1e-10, "slope bar 9");
        assertClose(1791.9499336894514, r.line(1)[9], 1e-12, "intercept bar 9");
        assertClose(0.08382952864169368, r.line(0)[254], 1e-10, "slope bar 254");
        assertClose(3772.931384336058, r.line(1)[254], 1e-12, "intercept bar 254");
        Runs.Result p30 = Runs.both(ArrayFeed::bt2006, f -> new OLS_Slope_InterceptN(f.close(), f.open(), 30));
        assertClose(0.7618768608115372, p30.line(0)[120], 1e-10, "slope p30 bar 120");
        assertClose(843.3840423752945, p30.line(1)[120], 1e-10, "intercept p30 bar 120");
    }

    /** close = data0, open = data1; high/low span both. */
    static ArrayFeed feed(double[] data0, double[] data1) {
        int n = data0.length;
        long[] t = new long[n];
        double[] hi = new double[n];
        double[] lo = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 86_400_000_000_000L;
            hi[i] = Math.max(data0[i], data1[i]);
            lo[i] = Math.min(data0[i], data1[i]);
        }
        return new ArrayFeed(t, data1, hi, lo, data0, new double[n]);
    }
}
