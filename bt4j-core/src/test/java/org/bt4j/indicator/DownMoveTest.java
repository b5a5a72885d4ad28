package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DownMove}: {@code x(-1) - x}, signed, on {@link UpDayTest#X}. */
class DownMoveTest {

    @Test
    void signedChangeByHand() {
        Runs.Result r = Hand.onCloses(DownMove::new, UpDayTest.X);
        Hand.assertNames(r, "downmove");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, Double.NaN, -2, 1, 0, -3, 5);
    }
}
