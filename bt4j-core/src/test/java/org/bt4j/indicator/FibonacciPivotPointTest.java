package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link FibonacciPivotPoint}: pivot +- 0.382 / 0.618 / 1.0 of the high-low range. */
class FibonacciPivotPointTest {

    /** h 12, l 8 (range 4), c 11, o 7. */
    private static final double[][] BAR = {{7, 12, 8, 11}};

    private static void levelsAround(Runs.Result r, double p) {
        Hand.assertLine(r, 0, p);
        Hand.assertLine(r, 1, p - 0.382 * 4);
        Hand.assertLine(r, 2, p - 0.618 * 4);
        Hand.assertLine(r, 3, p - 4);
        Hand.assertLine(r, 4, p + 0.382 * 4);
        Hand.assertLine(r, 5, p + 0.618 * 4);
        Hand.assertLine(r, 6, p + 4);
    }

    @Test
    void classicPivotIsTheTypicalPrice() {
        Runs.Result r = Hand.onBars(FibonacciPivotPoint::new, BAR);
        Hand.assertNames(r, "p", "s1", "s2", "s3", "r1", "r2", "r3");
        Hand.assertWarmup(r, 6, 1);
        levelsAround(r, (12 + 8 + 11) / 3.0);
    }

    @Test
    void closeVariantDoublesTheClose() {
        levelsAround(Hand.onBars(d -> new FibonacciPivotPoint(d, false, true, 0.382, 0.618, 1.0), BAR), 10.5);
    }

    @Test
    void openVariantAddsTheOpen() {
        levelsAround(Hand.onBars(d -> new FibonacciPivotPoint(d, true, false, 0.382, 0.618, 1.0), BAR), 9.5);
    }

    @Test
    void customLevels() {
        Runs.Result r = Hand.onBars(d -> new FibonacciPivotPoint(d, false, false, 0.25, 0.5, 2.0), new double[][] {{9, 12, 8, 10}});
        Hand.assertLine(r, 1, 9);
        Hand.assertLine(r, 2, 8);
        Hand.assertLine(r, 3, 2);
        Hand.assertLine(r, 6, 18);
    }
}
