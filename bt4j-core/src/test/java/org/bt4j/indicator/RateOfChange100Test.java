package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link RateOfChange100}: {@code 100 * (x - x(-period)) / x(-period)}. */
class RateOfChange100Test {

    private static final double NaN = Double.NaN;

    @Test
    void byHand() {
        Runs.Result r = Hand.onCloses(x -> new RateOfChange100(x, 2), 100, 50, 110, 100, 55);
        Hand.assertNames(r, "roc100");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 10, 100, -50);
    }

    @Test
    void defaultPeriodIs12() {
        Runs.Result r = Hand.onCloses(RateOfChange100::new, Hand.ramp(14));
        Hand.assertWarmup(r, 0, 13);
        assertEquals(600.0, r.line(0)[13], 1e-12);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new RateOfChange100(f.close(), 0)));
    }
}
