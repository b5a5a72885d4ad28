package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DirectionalIndicator} (+DI, -DI), against the reference in {@link DirectionalMovementTest}. */
class DirectionalIndicatorTest {

    private static final int P = DirectionalMovementTest.P;

    @Test
    void plusAndMinusDiMatchWildersDefinition() {
        Runs.Result r = Hand.onBars(d -> new DirectionalIndicator(d, P, MovAv.SMMA), DirectionalMovementTest.BARS);
        Hand.assertNames(r, "plusDI", "minusDI");
        double[][] ref = DirectionalMovementTest.reference(DirectionalMovementTest.BARS, P);
        Hand.assertWarmup(r, 0, P + 1);
        Hand.assertLine(r, 0, ref[0]);
        Hand.assertLine(r, 1, ref[1]);
    }

    @Test
    void steadyFallIsAllMinusDirection() {
        double[][] fall = DirectionalMovementTest.rise(20);
        java.util.Collections.reverse(java.util.Arrays.asList(fall));
        Runs.Result r = Hand.onBars(d -> new DirectionalIndicator(d, 5, MovAv.SMMA), fall);
        Hand.assertWarmup(r, 0, 6);
        assertEquals(0.0, r.line(0)[19]);
        assertEquals(50.0, r.line(1)[19], 1e-12);
    }
}
