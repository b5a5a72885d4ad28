package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Smoothing}, through its two moving averages: seeded with the mean of the first
 * {@code period} values, then {@code av = prev * (1 - alpha) + x * alpha}, in both run modes.
 */
class SmoothingTest {

    private static final double[] CLOSES = {3, 5, 4, 8, 6, 7, 9};

    private static void assertSmoothing(Runs.Result r, double alpha) {
        double av = (3 + 5 + 4) / 3.0;
        assertEquals(av, r.line(0)[2]);
        for (int i = 3; i < CLOSES.length; i++) {
            av = av * (1.0 - alpha) + CLOSES[i] * alpha;
            assertEquals(av, r.line(0)[i], 1e-12, "bar " + i);
        }
        assertEquals(3, r.indicator().minPeriod());
    }

    @Test
    void exponentialMovingAverageUsesTwoOverPeriodPlusOne() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(CLOSES), f -> new ExponentialMovingAverage(f.close(), 3));
        assertSmoothing(r, 2.0 / 4);
        assertEquals(0.5, ((Smoothing) r.indicator()).alpha());
    }

    @Test
    void smoothedMovingAverageUsesOneOverPeriod() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(CLOSES), f -> new SmoothedMovingAverage(f.close(), 3));
        assertSmoothing(r, 1.0 / 3);
        assertEquals(1.0 - 1.0 / 3, ((Smoothing) r.indicator()).alpha1());
    }
}
