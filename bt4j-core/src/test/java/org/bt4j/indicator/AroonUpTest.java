package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AroonUp}: the up line alone (hand-worked case in {@link AroonUpDownTest}). */
class AroonUpTest {

    @Test
    void upByHand() {
        Runs.Result r = Hand.onBars(d -> new AroonUp(d, 3), AroonUpDownTest.bars());
        Hand.assertNames(r, "aroonup");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, AroonUpDownTest.UP);
    }

    @Test
    void fallingMarketHasNoRecentHigh() {
        Runs.Result r = Hand.onBars(AroonUp::new, Hand.flat(Hand.series(16, i -> 100 - i)));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(0.0, r.line(0)[15]);
    }
}
