package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link UpMove}: {@code x - x(-1)}, signed, on {@link UpDayTest#X}. */
class UpMoveTest {

    @Test
    void signedChangeByHand() {
        Runs.Result r = Hand.onCloses(UpMove::new, UpDayTest.X);
        Hand.assertNames(r, "upmove");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, Double.NaN, 2, -1, 0, 3, -5);
    }
}
