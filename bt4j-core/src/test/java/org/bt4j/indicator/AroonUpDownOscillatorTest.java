package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AroonUpDownOscillator}: up, down and their difference (hand-worked case in {@link AroonUpDownTest}). */
class AroonUpDownOscillatorTest {

    @Test
    void threeLinesByHand() {
        Runs.Result r = Hand.onBars(d -> new AroonUpDownOscillator(d, 3), AroonUpDownTest.bars());
        Hand.assertNames(r, "aroonup", "aroondown", "aroonosc");
        Hand.assertWarmup(r, 2, 4);
        Hand.assertLine(r, 0, AroonUpDownTest.UP);
        Hand.assertLine(r, 1, AroonUpDownTest.DOWN);
        Hand.assertLine(r, 2, Hand.zip(AroonUpDownTest.UP, AroonUpDownTest.DOWN, (u, d) -> u - d));
    }

    @Test
    void defaultPeriodIs14() {
        Hand.assertWarmup(Hand.onBars(AroonUpDownOscillator::new, Hand.flat(Hand.ramp(16))), 2, 15);
    }
}
