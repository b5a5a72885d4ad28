package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AroonDown}: the down line alone (hand-worked case in {@link AroonUpDownTest}). */
class AroonDownTest {

    @Test
    void downByHand() {
        Runs.Result r = Hand.onBars(d -> new AroonDown(d, 3), AroonUpDownTest.bars());
        Hand.assertNames(r, "aroondown");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, AroonUpDownTest.DOWN);
    }

    @Test
    void fallingMarketHasTheLowNow() {
        Runs.Result r = Hand.onBars(AroonDown::new, Hand.flat(Hand.series(16, i -> 100 - i)));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(100.0, r.line(0)[15]);
    }
}
