package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Trix}: percent change of the triple-smoothed EMA. Its reference is shared with {@link TrixSignalTest}. */
class TrixTest {

    /** {@code 100 * (e3 / e3(-1) - 1)} with e3 = ema(ema(ema(x))). */
    static double[] trix(double[] x, int p) {
        double[] e3 = Hand.ema(Hand.ema(Hand.ema(x, p), p), p);
        return Hand.zip(e3, Hand.delay(e3, 1), (a, b) -> 100 * (a / b - 1));
    }

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new Trix(in, 3), x);
        Hand.assertNames(r, "trix");
        Hand.assertWarmup(r, 0, 3 * 3 - 2 + 1);
        Hand.assertLine(r, 0, trix(x, 3));
    }

    @Test
    void constantPriceHasNoChange() {
        Runs.Result r = Hand.onCloses(in -> new Trix(in, 2), 7, 7, 7, 7, 7, 7);
        Hand.assertWarmup(r, 0, 5);
        assertEquals(0.0, r.line(0)[5]);
    }

    @Test
    void defaultPeriodIs15() {
        Hand.assertWarmup(Hand.onCloses(Trix::new, Hand.wave(50)), 0, 44);
    }
}
