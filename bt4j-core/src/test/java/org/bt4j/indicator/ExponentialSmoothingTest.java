package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ExponentialSmoothing}: SMA seed, then {@code prev * (1 - alpha) + x * alpha}. */
class ExponentialSmoothingTest {

    private static final double NaN = Double.NaN;

    @Test
    void defaultAlphaIsTwoOverPeriodPlusOne() {
        // period 3: alpha 0.5; seed mean(1, 2, 3) = 2, then 3, 4, 5
        Runs.Result r = Hand.onCloses(x -> new ExponentialSmoothing(x, 3), 1, 2, 3, 4, 5, 6);
        Hand.assertNames(r, "av");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 2, 3, 4, 5);
        assertEquals(0.5, ((ExponentialSmoothing) r.indicator()).alpha());
    }

    @Test
    void explicitAlpha() {
        // alpha 0.25: 2, 2*0.75 + 4*0.25 = 2.5, 3.125, 3.84375 (all exact in binary)
        Runs.Result r = Hand.onCloses(x -> new ExponentialSmoothing(x, 3, 0.25), 1, 2, 3, 4, 5, 6);
        Hand.assertLine(r, 0, NaN, NaN, 2, 2.5, 3.125, 3.84375);
        assertEquals(0.75, ((ExponentialSmoothing) r.indicator()).alpha1());
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new ExponentialSmoothing(f.close(), 0)));
    }
}
