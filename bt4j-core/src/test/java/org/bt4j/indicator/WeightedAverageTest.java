package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link WeightedAverage}: {@code coef * sum(x[j] * w[j])}, oldest value first. */
class WeightedAverageTest {

    private static final double NaN = Double.NaN;

    @Test
    void byHand() {
        // 0.5 * (1*1 + 2*2 + 4*3) = 8.5; 0.5 * (2 + 8 + 24) = 17
        Runs.Result r = Hand.onCloses(x -> new WeightedAverage(x, 3, 0.5, 1, 2, 3), 1, 2, 4, 8);
        Hand.assertNames(r, "av");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 8.5, 17);
    }

    @Test
    void fewerWeightsUseTheOldestValuesLikePythonsZip() {
        Hand.assertLine(Hand.onCloses(x -> new WeightedAverage(x, 3, 1.0, 1, 1), 1, 2, 4, 8), 0, NaN, NaN, 3, 6);
    }

    @Test
    void noWeightsIsZero() {
        Hand.assertLine(Hand.onCloses(x -> new WeightedAverage(x, 2, 1.0), 1, 2), 0, NaN, 0);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new WeightedAverage(f.close(), 0, 1.0)));
    }

    @Test
    void extraWeightsAreIgnored() {
        Hand.assertLine(Hand.onCloses(x -> new WeightedAverage(x, 2, 1.0, 1, 10, 100), 1, 2, 4), 0, NaN, 21, 42);
    }
}
