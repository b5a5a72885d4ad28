package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link ZeroLagIndicator}: Ehlers' error-correcting EMA, the best gain in -limit/10 .. limit/10. */
class ZeroLagIndicatorTest {

    @Test
    void gainLimitZeroIsASmoothingOfTheEma() {
        // period 3 (alpha 0.5): ema 2, 3, 4; ec starts at the ema then 0.5 ema + 0.5 ec(-1): 2, 2.5, 3.25
        Runs.Result r = Hand.onCloses(in -> new ZeroLagIndicator(in, 3, 0), 1, 2, 3, 4, 5);
        Hand.assertNames(r, "ec");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, Double.NaN, Double.NaN, 2, 2.5, 3.25);
    }

    @Test
    void theChosenGainIsNeverWorseThanNoCorrection() {
        double[] x = Hand.wave(40);
        Runs.Result r = Hand.onCloses(in -> new ZeroLagIndicator(in, 5), x);
        double[] ema = Hand.ema(x, 5);
        double alpha = 2.0 / 6;
        double[] ec = r.line(0);
        for (int i = 5; i < x.length; i++) {
            double uncorrected = alpha * ema[i] + (1 - alpha) * ec[i - 1];
            assertTrue(Math.abs(x[i] - ec[i]) <= Math.abs(x[i] - uncorrected) + 1e-12, "bar " + i);
            // ec = alpha (ema + g (x - ec(-1))) + (1 - alpha) ec(-1) for some g = k / 10, |k| <= 50
            double g = (ec[i] - uncorrected) / (alpha * (x[i] - ec[i - 1]));
            assertTrue(Math.abs(g * 10 - Math.rint(g * 10)) < 1e-6 && Math.abs(g) <= 5.0 + 1e-9, "bar " + i + " gain " + g);
        }
    }

    @Test
    void constantInputGivesTheConstant() {
        Hand.assertLine(Hand.onCloses(ZeroLagIndicator::new, Hand.series(32, i -> 2.5)), 0,
            Hand.series(32, i -> i < 29 ? Double.NaN : 2.5));
    }
}
