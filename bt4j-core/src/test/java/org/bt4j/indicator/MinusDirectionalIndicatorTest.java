package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link MinusDirectionalIndicator}, against the reference in {@link DirectionalMovementTest}. */
class MinusDirectionalIndicatorTest {

    @Test
    void minusDiMatchesWildersDefinition() {
        int p = DirectionalMovementTest.P;
        Runs.Result r = Hand.onBars(d -> new MinusDirectionalIndicator(d, p, MovAv.SMA), DirectionalMovementTest.BARS);
        Hand.assertNames(r, "minusDI");
        Hand.assertWarmup(r, 0, p + 1);
        Hand.assertLine(r, 0, DirectionalMovementTest.reference(DirectionalMovementTest.BARS, p, Hand::sma)[1]);
    }

    @Test
    void steadyRiseHasNoMinusDirection() {
        Runs.Result r = Hand.onBars(MinusDirectionalIndicator::new, DirectionalMovementTest.rise(20));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(0.0, r.line(0)[19]);
    }
}
