package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bt4j check warmup}: EMA(30)'s stable length from its seed's weight, SMA independent, errors. */
class CheckWarmupCommandTest {

    private static String data() throws Exception {
        return Path.of(CheckWarmupCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI()).toString();
    }

    /**
     * EMA(period) is seeded with the SMA of its first {@code period} bars, then each bar keeps
     * {@code 1 - alpha} (alpha = 2 / (period + 1)) of the previous value: m bars after its seed, the
     * seed's weight is {@code (1 - alpha)^m}. Stable once it is at most the tolerance: the period's
     * bars plus the smallest such m.
     */
    private static int emaWarmup(int period, double tolerance) {
        double alpha = 2.0 / (period + 1);
        return period + (int) Math.ceil(Math.log(tolerance) / Math.log(1 - alpha));
    }

    @Test
    void ema30IsStableAfterItsSeedsWeightFallsBelowTheTolerance() throws Exception {
        for (double tol : new double[] {1e-3, 1e-6}) {
            CliRun r = CliRun.run("check", "warmup", "--data", data(), "--indicator", "EMA", "--param", "period=30",
                "--tolerance", Double.toString(tol));
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("ExponentialMovingAverage.ema: depends on history; stable after "
                + emaWarmup(30, tol) + " bars of warm-up (first value after 30 bars)"), r.out());
        }
        assertEquals(134, emaWarmup(30, 1e-3)); // 30 + ceil(ln 0.001 / ln(29/31)) = 30 + ceil(103.6)
    }

    @Test
    void smaDependsOnlyOnItsWindow() throws Exception {
        CliRun r = CliRun.run("check", "warmup", "--data", data(), "--strategy", "smacross", "--param", "fast=5");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("MovingAverageSimple.sma: independent of history; first value after 5 bars"),
            r.out());
        assertTrue(r.out().contains("MovingAverageSimple#2.sma: independent of history; first value after 30 bars"),
            r.out());
    }

    @Test
    void aLineThatNeverSettlesIsReported() throws Exception {
        // EMA(200) needs more bars than the file has to forget its seed to 1e-6
        assertTrue(emaWarmup(200, 1e-6) > 1000);
        CliRun r = CliRun.run("check", "warmup", "--data", data(), "--indicator", "EMA", "--param", "period=200",
            "--tolerance", "1e-6");
        assertEquals(CheckCommand.FOUND, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("NOT stable within the data"), r.out());
    }

    @Test
    void badInputIsOneLine() throws Exception {
        CliRun tol = CliRun.run("check", "warmup", "--data", data(), "--indicator", "EMA", "--tolerance", "1");
        assertEquals(2, tol.code());
        assertEquals("bt4j: --tolerance must be > 0 and < 1, got 1.0", tol.err().strip());
        CliRun starts = CliRun.run("check", "warmup", "--data", data(), "--indicator", "EMA", "--starts", "0");
        assertEquals(2, starts.code());
        assertEquals("bt4j: --starts must be >= 1, got 0", starts.err().strip());
    }
}
