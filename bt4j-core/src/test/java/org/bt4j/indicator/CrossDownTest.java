package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link CrossDown}: 1.0 where a crosses b downwards (same case as {@link CrossUpTest}). */
class CrossDownTest {

    @Test
    void crossingsAfterATouchCount() {
        Runs.Result r = Hand.onCloses(x -> new CrossDown(x, CrossUpTest.two(x)), CrossUpTest.A);
        Hand.assertNames(r, "cross");
        Hand.assertWarmup(r, 0, 2);
        // above at bar 2, touch at 3, below at 4: one downward cross
        Hand.assertLine(r, 0, Double.NaN, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void swappingTheOperandsTurnsItIntoCrossUp() {
        Runs.Result down = Hand.onCloses(x -> new CrossDown(CrossUpTest.two(x), x), CrossUpTest.A);
        Runs.Result up = Hand.onCloses(x -> new CrossUp(x, CrossUpTest.two(x)), CrossUpTest.A);
        Hand.assertLine(down, 0, up.line(0));
    }
}
