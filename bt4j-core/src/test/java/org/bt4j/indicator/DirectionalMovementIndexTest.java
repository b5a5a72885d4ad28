package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DirectionalMovementIndex} (ADX, +DI, -DI), against the reference in {@link DirectionalMovementTest}. */
class DirectionalMovementIndexTest {

    private static final int P = DirectionalMovementTest.P;

    @Test
    void threeLinesMatchWildersDefinition() {
        Runs.Result r = Hand.onBars(d -> new DirectionalMovementIndex(d, P, MovAv.SMMA), DirectionalMovementTest.BARS);
        Hand.assertNames(r, "adx", "plusDI", "minusDI");
        double[][] ref = DirectionalMovementTest.reference(DirectionalMovementTest.BARS, P);
        Hand.assertWarmup(r, 0, 2 * P);
        Hand.assertFirstValue(r.line(1), P);
        Hand.assertLine(r, 0, ref[2]);
        Hand.assertLine(r, 1, ref[0]);
        Hand.assertLine(r, 2, ref[1]);
    }

    @Test
    void defaultPeriodIs14() {
        Hand.assertWarmup(Hand.onBars(DirectionalMovementIndex::new, DirectionalMovementTest.rise(30)), 0, 28);
    }
}
