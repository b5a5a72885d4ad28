package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link TrueStrengthIndicator}: double-smoothed change over double-smoothed absolute change. */
class TrueStrengthIndicatorTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new TrueStrengthIndicator(in, 4, 3, 2), x);
        Hand.assertNames(r, "tsi");
        Hand.assertWarmup(r, 0, 2 + 4 + 3 - 1);
        double[] pc = Hand.zip(x, Hand.delay(x, 2), (a, b) -> a - b);
        double[] num = Hand.ema(Hand.ema(pc, 4), 3);
        double[] den = Hand.ema(Hand.ema(Hand.map(pc, Math::abs), 4), 3);
        Hand.assertLine(r, 0, Hand.zip(num, den, (a, b) -> 100 * a / b));
    }

    @Test
    void steadyRiseIs100AndSteadyFallMinus100() {
        Runs.Result up = Hand.onCloses(TrueStrengthIndicator::new, Hand.ramp(40));
        Hand.assertWarmup(up, 0, 38);
        assertEquals(100.0, up.line(0)[39], 1e-12);
        Runs.Result down = Hand.onCloses(in -> new TrueStrengthIndicator(in, 3, 2, 1), Hand.series(10, i -> 50 - i));
        assertEquals(-100.0, down.line(0)[9], 1e-12);
    }
}
