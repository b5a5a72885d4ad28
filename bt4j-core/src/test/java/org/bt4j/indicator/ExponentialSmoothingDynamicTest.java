package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link ExponentialSmoothingDynamic}: smoothing whose alpha is a line, seeded with the window mean. */
class ExponentialSmoothingDynamicTest {

    private static final double NaN = Double.NaN;

    @Test
    void alphaChangesEveryBar() {
        // alpha = x / 10, period 2: seed 1.5; 1.5*0.7 + 3*0.3 = 1.95; 1.95*0.6 + 4*0.4 = 2.77
        Runs.Result r = Hand.onCloses(x -> new ExponentialSmoothingDynamic(x, 2, LineOp.div(x, 10.0)), 1, 2, 3, 4);
        Hand.assertNames(r, "av");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 1.5, 1.95, 2.77);
    }

    @Test
    void seedWaitsForTheAlphaLine() {
        // alpha 0.5 available from bar 3 (an SMA(4) times 0 plus 0.5): seed mean(3, 4) there, then 4.25, 5.125
        Runs.Result r = Hand.onCloses(x -> new ExponentialSmoothingDynamic(x, 2,
            LineOp.add(LineOp.mul(new MovingAverageSimple(x, 4).line(0), 0.0), 0.5)), 1, 2, 3, 4, 5, 6);
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, NaN, NaN, NaN, 3.5, 4.25, 5.125);
    }

    @Test
    void constantAlphaIsPlainExponentialSmoothing() {
        double[] x = Hand.wave(20);
        Runs.Result dyn = Hand.onCloses(in -> new ExponentialSmoothingDynamic(in, 4,
            LineOp.add(LineOp.mul(in, 0.0), 0.2)), x);
        Hand.assertLine(dyn, 0, Hand.smooth(x, 4, 0.2));
    }
}
