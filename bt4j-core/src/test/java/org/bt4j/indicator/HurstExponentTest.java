package org.bt4j.indicator;

import static org.bt4j.indicator.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class HurstExponentTest {

    @Test
    void squaresHaveAClosedForm() {
        // ts[i] = i^2: ts[i+L] - ts[i] = 2iL + L^2 for i < m = n - L, whose population std is
        // 2L * sqrt((m^2 - 1) / 12); tau = sqrt(std). Hurst = 2 * least-squares slope of log10(tau)
        // on log10(L), here by the uncentred normal equations (production code centres).
        int n = 40;
        double[] ts = new double[n];
        for (int i = 0; i < n; i++) {
            ts[i] = (double) i * i;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int lags = 0;
        for (int lag = 2; lag < n / 2; lag++) {
            int m = n - lag;
            double tau = Math.sqrt(2.0 * lag * Math.sqrt((m * (double) m - 1) / 12.0));
            double x = Math.log10(lag);
            double y = Math.log10(tau);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            lags++;
        }
        double expected = 2.0 * (lags * sxy - sx * sy) / (lags * sxx - sx * sx);
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(ts), f -> new HurstExponent(f.close()));
        assertEquals(40, r.indicator().minPeriod());
        assertTrue(Double.isNaN(r.line(0)[38]));
        assertClose(expected, r.line(0)[39], 1e-12, "hurst of squares");
    }

    @Test
    void matchesNumpyOnBacktradersSampleData() {
        // numpy 1.24.2: 2 * polyfit(log10(lags), log10([sqrt(std(ts[lag:] - ts[:-lag])) for lag in lags]), 1)[0]
        // over the closes of bt-2006-day-001.txt ending at each bar (the formula of backtrader's hurst.py)
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new HurstExponent(f.close()));
        assertEquals("hurst", r.indicator().lineName(0));
        assertClose(0.2469233023360252, r.line(0)[39], 1e-11, "bar 39");
        assertClose(0.4224330581201667, r.line(0)[100], 1e-11, "bar 100");
        assertClose(0.36444168196760296, r.line(0)[254], 1e-11, "bar 254");
        Runs.Result custom = Runs.both(ArrayFeed::bt2006, f -> new HurstExponent(f.close(), 100, 5, 30));
        assertEquals(100, custom.indicator().minPeriod());
        assertClose(0.1788733588987555, custom.line(0)[99], 1e-11, "period 100, lags 5..30, bar 99");
        assertClose(0.18788846745636936, custom.line(0)[254], 1e-11, "period 100, lags 5..30, bar 254");
    }

    @Test
    void defaultsAndBadLagsAreChecked() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2, 3);
            HurstExponent h = new HurstExponent(f.close());
            assertEquals(2, h.lagStart());
            assertEquals(20, h.lagEnd());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HurstExponent(f.close(), 5, 0, 0));
            assertTrue(e.getMessage().contains("lag_end=2"), e.getMessage());
        }
    }

    @Test
    void registeredUnderBacktradersNameAndAlias() {
        IndicatorRegistry.Entry e = IndicatorRegistry.get("Hurst");
        assertEquals("HurstExponent", e.name());
        assertEquals("HurstExponent (Hurst) lines: hurst; params: period=40 lag_start=None lag_end=None", e.describe());
    }
}
