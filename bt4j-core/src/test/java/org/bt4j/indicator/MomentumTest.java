package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Momentum}: {@code x - x(-period)}, on {@link UpDayTest#X}. */
class MomentumTest {

    private static final double NaN = Double.NaN;

    @Test
    void differenceByHand() {
        Runs.Result r = Hand.onCloses(x -> new Momentum(x, 2), UpDayTest.X);
        Hand.assertNames(r, "momentum");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 1, -1, 3, -2);
    }

    @Test
    void defaultPeriodIs12() {
        Runs.Result r = Hand.onCloses(Momentum::new, Hand.ramp(15));
        Hand.assertWarmup(r, 0, 13);
        assertEquals(12.0, r.line(0)[14]);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new Momentum(f.close(), 0)));
    }
}
