package org.bt4j.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.Bt4jSmaCross;
import org.bt4j.bench.compare.ReferenceNumbers;
import org.bt4j.bench.compare.SmaCrossResult;
import org.junit.jupiter.api.Test;

class PerfRunTest {

    private static final int N = 100_000;
    private static final BarColumns BARS = BarColumns.minute(BenchData.SEED, BenchData.START_CENTS, N);

    @Test
    void everyModeWithAndWithoutObserversMeasuresTheReferenceRun() {
        SmaCrossResult expected = ReferenceNumbers.forBars(N);
        ColumnsFeed preloaded = BenchData.preloadedFeed(BARS);
        for (boolean std : new boolean[] {true, false}) {
            for (Bt4jSmaCross.Mode mode : Bt4jSmaCross.Mode.values()) {
                PerfRun.Measurement m = PerfRun.measure(BARS, preloaded, mode, std, 2);
                assertTrue(m.result().matches(expected), mode + " stdstats=" + std + ": " + m.result());
                assertTrue(m.barsPerCpuSecond() > 0 && Double.isFinite(m.barsPerCpuSecond()), m.toString());
                assertTrue(m.bytesPerBar() >= 0, m.toString());
            }
        }
    }

    @Test
    void observersStoreOneDoublePerLinePerBarWhenPreloaded() {
        ColumnsFeed preloaded = BenchData.preloadedFeed(BARS);
        double full = PerfRun.measure(BARS, preloaded, Bt4jSmaCross.Mode.RUNONCE, true, true, 2).bytesPerBar();
        double without = PerfRun.measure(BARS, preloaded, Bt4jSmaCross.Mode.RUNONCE, false, 2).bytesPerBar();
        // Broker, BuySell and Trades keep two lines each: 6 x 8 bytes per bar, reserved once
        assertEquals(48.0, full - without, 2.0);
    }

    @Test
    void observersWithoutHistoryStoreNothingPerBar() {
        ColumnsFeed preloaded = BenchData.preloadedFeed(BARS);
        for (Bt4jSmaCross.Mode mode : Bt4jSmaCross.Mode.values()) {
            PerfRun.Measurement rings = PerfRun.measure(BARS, preloaded, mode, true, false, 2);
            assertTrue(rings.result().matches(ReferenceNumbers.forBars(N)), mode + ": " + rings.result());
            double without = PerfRun.measure(BARS, preloaded, mode, false, 2).bytesPerBar();
            assertEquals(without, rings.bytesPerBar(), 2.0, mode.label());
        }
    }

    @Test
    void atLeastOneRun() {
        assertThrows(IllegalArgumentException.class,
            () -> PerfRun.measure(BARS, BenchData.preloadedFeed(BARS), Bt4jSmaCross.Mode.RUNONCE, true, 0));
    }
}
