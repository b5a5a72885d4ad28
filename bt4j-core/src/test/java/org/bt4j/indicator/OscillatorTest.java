package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link Oscillator}: {@code data - base}. */
class OscillatorTest {

    @Test
    void dataMinusItsBase() {
        // base sma2: -, 2, 4, 5.5 ; x - base: -, 1, 1, 0.5
        Runs.Result r = Hand.onCloses(x -> new Oscillator(x, new MovingAverageSimple(x, 2).line(0)), 1, 3, 5, 6);
        Hand.assertNames(r, "osc");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, Double.NaN, 1, 1, 0.5);
    }
}
