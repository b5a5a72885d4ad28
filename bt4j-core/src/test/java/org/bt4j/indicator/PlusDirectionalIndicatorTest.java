package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PlusDirectionalIndicator}, against the reference in {@link DirectionalMovementTest}. */
class PlusDirectionalIndicatorTest {

    @Test
    void plusDiMatchesWildersDefinition() {
        int p = DirectionalMovementTest.P;
        Runs.Result r = Hand.onBars(d -> new PlusDirectionalIndicator(d, p, MovAv.SMMA), DirectionalMovementTest.BARS);
        Hand.assertNames(r, "plusDI");
        Hand.assertWarmup(r, 0, p + 1);
        Hand.assertLine(r, 0, DirectionalMovementTest.reference(DirectionalMovementTest.BARS, p)[0]);
    }

    @Test
    void steadyRiseByHand() {
        Runs.Result r = Hand.onBars(PlusDirectionalIndicator::new, DirectionalMovementTest.rise(20));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(50.0, r.line(0)[19], 1e-12);
    }
}
