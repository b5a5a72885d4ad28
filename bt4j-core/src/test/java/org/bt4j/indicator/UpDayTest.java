package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link UpDay}: {@code max(x - x(-period), 0)}. Its series {@link #X} is shared with the other day/move tests. */
class UpDayTest {

    static final double NaN = Double.NaN;
    /** Up 2, down 1, flat, up 3, down 5. */
    static final double[] X = {5, 7, 6, 6, 9, 4};

    @Test
    void gainsOnlyByHand() {
        Runs.Result r = Hand.onCloses(UpDay::new, X);
        Hand.assertNames(r, "upday");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 2, 0, 0, 3, 0);
    }

    @Test
    void longerPeriodComparesFurtherBack() {
        // x - x(-2): 1, -1, 3, -2
        Hand.assertLine(Hand.onCloses(x -> new UpDay(x, 2), X), 0, NaN, NaN, 1, 0, 3, 0);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new UpDay(f.close(), 0)));
    }
}
