package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link Reduce}: {@code functools.reduce} over the current values of its lines. */
class ReduceTest {

    @Test
    void foldsLeftToRight() {
        // (x - sma2) - 1 with sma2 = -, 2, 4: a non-commutative fold shows the order
        Runs.Result r = Hand.onCloses(x -> new Reduce((a, b) -> a - b, x,
            new MovingAverageSimple(x, 2).line(0), LineOp.add(LineOp.mul(x, 0.0), 1.0)), 1, 3, 5);
        Hand.assertNames(r, "reduce");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, Double.NaN, 0, 0);
    }

    @Test
    void singleLineIsItself() {
        Hand.assertLine(Hand.onCloses(x -> new Reduce(Math::max, x), 4, 2), 0, 4, 2);
    }

    @Test
    void maxOfThree() {
        Runs.Result r = Hand.onBars(d -> new Reduce(Math::max, d.open(), d.low(), d.close()),
            new double[][] {{1, 9, 2, 3}, {5, 9, 4, 3}, {0, 9, 7, 8}});
        Hand.assertLine(r, 0, 3, 5, 8);
    }
}
