package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OLS_BetaNTest {

    @Test
    void betaIsTheRegressionSlope() {
        // x = 1, 2, 3, 4; y = 2, 3, 5, 4: Sxy / Sxx = 4 / 5 (pandas.ols(y, x).beta['x'])
        Runs.Result r = Runs.both(() -> OLS_Slope_InterceptNTest.feed(new double[] {2, 3, 5, 4}, new double[] {1, 2, 3, 4}),
            f -> new OLS_BetaN(f.close(), f.open(), 4));
        assertEquals("beta", r.indicator().lineName(0));
        assertClose(0.8, r.line(0)[3], 1e-15, "beta");
    }

    @Test
    void matchesStatsmodelsSlopeOnSampleData() {
        // statsmodels 0.13.5 OLS slope of close on open, period 10 (pandas' ols gave the same beta)
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new OLS_BetaN(f.close(), f.open()));
        assertEquals(10, r.indicator().minPeriod());
        assertClose(0.5094038827658061, r.line(0)[9], 1e-10, "bar 9");
        assertClose(0.08382952864169368, r.line(0)[254], 1e-10, "bar 254");
    }
}
