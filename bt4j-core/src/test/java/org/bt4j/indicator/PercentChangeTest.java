package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PercentChange}: {@code x / x(-period) - 1}. */
class PercentChangeTest {

    private static final double NaN = Double.NaN;

    @Test
    void relativeChangeByHand() {
        Runs.Result r = Hand.onCloses(x -> new PercentChange(x, 2), 100, 50, 110, 100, 55);
        Hand.assertNames(r, "pctchange");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 0.1, 1, -0.5);
    }

    @Test
    void defaultPeriodIs30() {
        Runs.Result r = Hand.onCloses(PercentChange::new, Hand.ramp(32));
        Hand.assertWarmup(r, 0, 31);
        assertEquals(32.0 / 2 - 1, r.line(0)[31], 1e-12);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new PercentChange(f.close(), 0)));
    }
}
