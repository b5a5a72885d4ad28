package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AverageDirectionalMovementIndex} (ADX), against the reference in {@link DirectionalMovementTest}. */
class AverageDirectionalMovementIndexTest {

    private static final int P = DirectionalMovementTest.P;

    @Test
    void adxMatchesWildersDefinition() {
        Runs.Result r = Hand.onBars(d -> new AverageDirectionalMovementIndex(d, P, MovAv.SMMA), DirectionalMovementTest.BARS);
        Hand.assertNames(r, "adx");
        Hand.assertWarmup(r, 0, 2 * P);
        Hand.assertLine(r, 0, DirectionalMovementTest.reference(DirectionalMovementTest.BARS, P)[2]);
    }

    @Test
    void defaultsArePeriod14Smma() {
        Runs.Result r = Hand.onBars(AverageDirectionalMovementIndex::new, DirectionalMovementTest.rise(40));
        Hand.assertWarmup(r, 0, 28);
        assertEquals(100.0, r.line(0)[39], 1e-12);
    }

    @Test
    void theMovingAverageParameterIsUsedThroughout() {
        Runs.Result r = Hand.onBars(d -> new AverageDirectionalMovementIndex(d, P, MovAv.SMA), DirectionalMovementTest.BARS);
        Hand.assertWarmup(r, 0, 2 * P);
        Hand.assertLine(r, 0, DirectionalMovementTest.reference(DirectionalMovementTest.BARS, P, Hand::sma)[2]);
    }
}
