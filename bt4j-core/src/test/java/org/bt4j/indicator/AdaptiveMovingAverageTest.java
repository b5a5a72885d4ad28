package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AdaptiveMovingAverage} (KAMA): efficiency-ratio driven smoothing seeded with the SMA. */
class AdaptiveMovingAverageTest {

    /** KAMA by the book, with a constant smoothing constant {@code sc}, from {@code first} on. */
    private static double[] kama(double[] x, int period, int first, double sc) {
        double[] out = Hand.series(x.length, i -> Double.NaN);
        double prev = Hand.sma(x, period)[first];
        out[first] = prev;
        for (int i = first + 1; i < x.length; i++) {
            prev = prev + sc * (x[i] - prev);
            out[i] = prev;
        }
        return out;
    }

    @Test
    void trendingSeriesHasEfficiencyOneSoTheFastConstant() {
        // a ramp moves as far as it travels: er = 1, sc = (2 / (2 + 1))^2
        double[] x = Hand.ramp(12);
        Runs.Result r = Hand.onCloses(in -> new AdaptiveMovingAverage(in, 3), x);
        Hand.assertNames(r, "kama");
        Hand.assertWarmup(r, 0, 4);
        assertEquals(3.0, r.line(0)[3], "seed = SMA(2, 3, 4)");
        Hand.assertLine(r, 0, kama(x, 3, 3, 4.0 / 9.0));
    }

    @Test
    void choppySeriesHasEfficiencyZeroSoTheSlowConstant() {
        // 1,2,1,2,...: over an even period the price ends where it started, er = 0
        double[] x = Hand.series(14, i -> 1 + i % 2);
        Runs.Result r = Hand.onCloses(in -> new AdaptiveMovingAverage(in, 4, 2, 30), x);
        Hand.assertWarmup(r, 0, 5);
        double slow = 2.0 / 31.0;
        Hand.assertLine(r, 0, kama(x, 4, 4, slow * slow));
    }

    @Test
    void defaultsArePeriod30() {
        Runs.Result r = Hand.onCloses(AdaptiveMovingAverage::new, Hand.ramp(40));
        Hand.assertWarmup(r, 0, 31);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new AdaptiveMovingAverage(f.close(), 0)));
    }
}
