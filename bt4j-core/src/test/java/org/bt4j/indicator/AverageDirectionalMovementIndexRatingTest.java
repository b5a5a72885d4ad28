package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AverageDirectionalMovementIndexRating} (ADXR), against the reference in {@link DirectionalMovementTest}. */
class AverageDirectionalMovementIndexRatingTest {

    private static final int P = DirectionalMovementTest.P;

    @Test
    void adxAndAdxrMatchWildersDefinition() {
        Runs.Result r = Hand.onBars(d -> new AverageDirectionalMovementIndexRating(d, P, MovAv.SMMA),
            DirectionalMovementTest.BARS);
        Hand.assertNames(r, "adx", "adxr");
        double[][] ref = DirectionalMovementTest.reference(DirectionalMovementTest.BARS, P);
        Hand.assertWarmup(r, 1, 3 * P);
        Hand.assertLine(r, 0, ref[2]);
        Hand.assertLine(r, 1, ref[3]);
    }

    @Test
    void defaultPeriodIs14() {
        Hand.assertWarmup(Hand.onBars(AverageDirectionalMovementIndexRating::new, DirectionalMovementTest.rise(45)), 1, 42);
    }
}
