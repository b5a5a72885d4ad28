package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PercentagePriceOscillator}: {@code 100 (fast - slow) / slow}, its signal and histogram. */
class PercentagePriceOscillatorTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new PercentagePriceOscillator(in, 3, 5, 2, MovAv.EMA), x);
        Hand.assertNames(r, "ppo", "signal", "histo");
        double[] slow = Hand.ema(x, 5);
        double[] ppo = Hand.zip(Hand.zip(Hand.ema(x, 3), slow, (a, b) -> a - b), slow, (d, s) -> 100 * d / s);
        double[] signal = Hand.ema(ppo, 2);
        Hand.assertWarmup(r, 2, 6);
        Hand.assertFirstValue(r.line(0), 4);
        Hand.assertLine(r, 0, ppo);
        Hand.assertLine(r, 1, signal);
        Hand.assertLine(r, 2, Hand.zip(ppo, signal, (a, b) -> a - b));
    }

    @Test
    void smaOnARampByHand() {
        // x = 1..: sma2 = x - 0.5, sma4 = x - 1.5; ppo = 100 / (x - 1.5); at bar 5 (x = 6): 100 / 4.5
        Runs.Result r = Hand.onCloses(in -> new PercentagePriceOscillator(in, 2, 4, 2, MovAv.SMA), Hand.ramp(6));
        assertEquals(100 / 4.5, r.line(0)[5], 1e-12);
    }

    @Test
    void defaultsAre12And26And9() {
        Hand.assertWarmup(Hand.onCloses(PercentagePriceOscillator::new, Hand.wave(40)), 2, 34);
    }
}
