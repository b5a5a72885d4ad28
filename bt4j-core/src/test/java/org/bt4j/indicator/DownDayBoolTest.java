package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DownDayBool}: {@code x(-period) > x} as 1/0, on {@link UpDayTest#X}. */
class DownDayBoolTest {

    private static final double NaN = Double.NaN;

    @Test
    void fallsAreOneFlatIsZero() {
        Runs.Result r = Hand.onCloses(DownDayBool::new, UpDayTest.X);
        Hand.assertNames(r, "downday");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 0, 1, 0, 0, 1);
        Hand.assertLine(Hand.onCloses(x -> new DownDayBool(x, 2), UpDayTest.X), 0, NaN, NaN, 0, 1, 0, 1);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new DownDayBool(f.close(), 0)));
    }
}
