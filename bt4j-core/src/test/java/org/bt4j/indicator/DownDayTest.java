package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DownDay}: {@code max(x(-period) - x, 0)} on {@link UpDayTest#X}. */
class DownDayTest {

    private static final double NaN = Double.NaN;

    @Test
    void lossesOnlyByHand() {
        Runs.Result r = Hand.onCloses(DownDay::new, UpDayTest.X);
        Hand.assertNames(r, "downday");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 0, 1, 0, 0, 5);
    }

    @Test
    void longerPeriodComparesFurtherBack() {
        // x(-2) - x: -1, 1, -3, 2
        Hand.assertLine(Hand.onCloses(x -> new DownDay(x, 2), UpDayTest.X), 0, NaN, NaN, 0, 1, 0, 2);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new DownDay(f.close(), 0)));
    }
}
