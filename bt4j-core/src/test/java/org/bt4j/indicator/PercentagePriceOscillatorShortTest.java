package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PercentagePriceOscillatorShort}: like PPO but divided by the short (fast) average. */
class PercentagePriceOscillatorShortTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(25);
        Runs.Result r = Hand.onCloses(in -> new PercentagePriceOscillatorShort(in, 3, 5, 2, MovAv.EMA), x);
        Hand.assertNames(r, "ppo", "signal", "histo");
        double[] fast = Hand.ema(x, 3);
        double[] ppo = Hand.zip(Hand.zip(fast, Hand.ema(x, 5), (a, b) -> a - b), fast, (d, f) -> 100 * d / f);
        double[] signal = Hand.ema(ppo, 2);
        Hand.assertWarmup(r, 2, 6);
        Hand.assertLine(r, 0, ppo);
        Hand.assertLine(r, 1, signal);
        Hand.assertLine(r, 2, Hand.zip(ppo, signal, (a, b) -> a - b));
    }

    @Test
    void smaOnARampByHand() {
        // sma2 = x - 0.5, sma4 = x - 1.5; ppo = 100 / (x - 0.5); at bar 5 (x = 6): 100 / 5.5
        Runs.Result r = Hand.onCloses(in -> new PercentagePriceOscillatorShort(in, 2, 4, 2, MovAv.SMA), Hand.ramp(6));
        assertEquals(100 / 5.5, r.line(0)[5], 1e-12);
    }

    @Test
    void defaultsAre12And26And9() {
        Hand.assertWarmup(Hand.onCloses(PercentagePriceOscillatorShort::new, Hand.wave(40)), 2, 34);
    }
}
