package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link Vortex}: summed vortex movements over the summed true range. */
class VortexTest {

    @Test
    void matchesTheDefinition() {
        double[][] bars = Hand.bars(20);
        double[] h = Hand.column(bars, 1);
        double[] l = Hand.column(bars, 2);
        Runs.Result r = Hand.onBars(d -> new Vortex(d, 4), bars);
        Hand.assertNames(r, "vi_plus", "vi_minus");
        Hand.assertWarmup(r, 0, 5);
        double[] tr = Hand.sum(Hand.trueRange(bars), 4);
        double[] vmPlus = Hand.sum(Hand.zip(h, Hand.delay(l, 1), (a, b) -> Math.abs(a - b)), 4);
        double[] vmMinus = Hand.sum(Hand.zip(l, Hand.delay(h, 1), (a, b) -> Math.abs(a - b)), 4);
        Hand.assertLine(r, 0, Hand.zip(vmPlus, tr, (a, b) -> a / b));
        Hand.assertLine(r, 1, Hand.zip(vmMinus, tr, (a, b) -> a / b));
    }

    @Test
    void steadyRiseByHand() {
        // h = i + 2, l = i, c = i + 1: |h - l(-1)| = 3, |l - h(-1)| = 1, tr = max(2, 1, 1) = 2
        Runs.Result r = Hand.onBars(Vortex::new, DirectionalMovementTest.rise(16));
        Hand.assertWarmup(r, 0, 15);
        Hand.assertLine(r, 0, Hand.series(16, i -> i < 14 ? Double.NaN : 1.5));
        Hand.assertLine(r, 1, Hand.series(16, i -> i < 14 ? Double.NaN : 0.5));
    }
}
