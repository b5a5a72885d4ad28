package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link PriceOscillator}: {@code movav(x, p1) - movav(x, p2)}. */
class PriceOscillatorTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(20);
        Runs.Result r = Hand.onCloses(in -> new PriceOscillator(in, 3, 6, MovAv.WMA), x);
        Hand.assertNames(r, "po");
        Hand.assertWarmup(r, 0, 6);
        Hand.assertLine(r, 0, Hand.zip(Hand.wma(x, 3), Hand.wma(x, 6), (a, b) -> a - b));
    }

    @Test
    void defaultsAre12And26Ema() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(PriceOscillator::new, x);
        Hand.assertWarmup(r, 0, 26);
        Hand.assertLine(r, 0, Hand.zip(Hand.ema(x, 12), Hand.ema(x, 26), (a, b) -> a - b));
    }
}
