package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link UpDayBool}: {@code x > x(-period)} as 1/0, on {@link UpDayTest#X}. */
class UpDayBoolTest {

    private static final double NaN = Double.NaN;

    @Test
    void risesAreOneFlatIsZero() {
        Runs.Result r = Hand.onCloses(UpDayBool::new, UpDayTest.X);
        Hand.assertNames(r, "upday");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, NaN, 1, 0, 0, 1, 0);
        Hand.assertLine(Hand.onCloses(x -> new UpDayBool(x, 2), UpDayTest.X), 0, NaN, NaN, 1, 0, 1, 0);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new UpDayBool(f.close(), 0)));
    }
}
