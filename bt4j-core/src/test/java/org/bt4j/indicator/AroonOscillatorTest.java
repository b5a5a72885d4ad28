package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AroonOscillator}: up minus down (hand-worked case in {@link AroonUpDownTest}). */
class AroonOscillatorTest {

    @Test
    void upMinusDownByHand() {
        Runs.Result r = Hand.onBars(d -> new AroonOscillator(d, 3), AroonUpDownTest.bars());
        Hand.assertNames(r, "aroonosc");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, Hand.zip(AroonUpDownTest.UP, AroonUpDownTest.DOWN, (u, d) -> u - d));
    }

    @Test
    void risingMarketIsPlus100() {
        Runs.Result r = Hand.onBars(AroonOscillator::new, Hand.flat(Hand.ramp(16)));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(100.0, r.line(0)[15]);
    }
}
