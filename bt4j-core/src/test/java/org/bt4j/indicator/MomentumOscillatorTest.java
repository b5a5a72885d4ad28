package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link MomentumOscillator}: {@code 100 * x / x(-period)}, on {@link UpDayTest#X}. */
class MomentumOscillatorTest {

    private static final double NaN = Double.NaN;

    @Test
    void ratioByHand() {
        Runs.Result r = Hand.onCloses(x -> new MomentumOscillator(x, 2), UpDayTest.X);
        Hand.assertNames(r, "momosc");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 120, 600.0 / 7, 150, 400.0 / 6);
    }

    @Test
    void defaultPeriodIs12() {
        Runs.Result r = Hand.onCloses(MomentumOscillator::new, Hand.ramp(15));
        Hand.assertWarmup(r, 0, 13);
        assertEquals(100.0 * 15 / 3, r.line(0)[14], 1e-12);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new MomentumOscillator(f.close(), 0)));
    }
}
