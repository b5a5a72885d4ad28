package org.bt4j.indicator;

import org.bt4j.line.Line;
import org.junit.jupiter.api.Test;

/** {@link CrossUp}: 1.0 where a crosses b upwards, judged against the last non-zero difference. */
class CrossUpTest {

    static final double NaN = Double.NaN;
    /** Against the constant 2: below, touch, above, touch, below, touch, touch, above. */
    static final double[] A = {1, 2, 3, 2, 1, 2, 2, 3};

    /** The constant line 2.0 on the same clock as {@code x}. */
    static Line two(Line x) {
        return LineOp.add(LineOp.mul(x, 0.0), 2.0);
    }

    @Test
    void crossingsAfterATouchCount() {
        Runs.Result r = Hand.onCloses(x -> new CrossUp(x, two(x)), A);
        Hand.assertNames(r, "cross");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 0, 1, 0, 0, 0, 0, 1);
    }

    @Test
    void minimumPeriodIsTheInputsPlusOne() {
        Runs.Result r = Hand.onCloses(x -> new CrossUp(x, new MovingAverageSimple(x, 3).line(0)), 3, 2, 1, 3, 4);
        // sma3 = -,-,2,2,8/3; x - sma: 1 above? no: bar 2 -1, bar 3 +1 (cross up), bar 4 +4/3
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, NaN, NaN, NaN, 1, 0);
    }
}
