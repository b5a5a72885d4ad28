package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OLS_TransformationNTest {

    @Test
    void linesAndMinimumPeriodsAsBacktrader() {
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new OLS_TransformationN(f.close(), f.open()));
        assertEquals(List.of("spread", "spread_mean", "spread_std", "zscore"),
            List.of(r.indicator().lineName(0), r.indicator().lineName(1), r.indicator().lineName(2),
                r.indicator().lineName(3)));
        assertEquals(19, r.indicator().minPeriod());
        assertEquals(10, r.indicator().line(0).minPeriod());
        assertEquals(19, r.indicator().line(3).minPeriod());
        assertTrue(Double.isNaN(r.line(0)[8]));
        assertTrue(!Double.isNaN(r.line(0)[9]));
        assertTrue(Double.isNaN(r.line(3)[17]));
        assertTrue(!Double.isNaN(r.line(3)[18]));
    }

    @Test
    void matchesStatsmodelsAndNumpyOnSampleData() {
        // statsmodels 0.13.5 OLS(close, add_constant(open)) per bar (period 10) for the spread; numpy mean and
        // sqrt(mean(w^2) - mean^2) over the last 10 spreads (backtrader's SMA and StdDev) at the last bar
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new OLS_TransformationN(f.close(), f.open()));
        assertClose(0.7826028303097701, r.line(0)[254], 1e-8, "spread");
        assertClose(-2.007146366191955, r.line(1)[254], 1e-8, "spread_mean");
        assertClose(19.11917654052286, r.line(2)[254], 1e-8, "spread_std");
        assertClose(0.14591366895895783, r.line(3)[254], 1e-7, "zscore");
    }

    @Test
    void spreadOfAnExactFitIsZero() {
        // data0 = 3 * data1 - 2 exactly: the regression recovers the line, so every spread is 0 up to rounding
        double[] x = {5, 1, 4, 2, 8, 3, 7, 6, 9, 2, 5, 1};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i] - 2;
        }
        Runs.Result r = Runs.both(() -> OLS_Slope_InterceptNTest.feed(y, x), f -> new OLS_TransformationN(f.close(), f.open(), 3));
        for (int i = 2; i < x.length; i++) {
            assertTrue(Math.abs(r.line(0)[i]) < 1e-12, "spread " + i + " = " + r.line(0)[i]);
        }
    }
}
