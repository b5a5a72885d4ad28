package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtVolumeTest {

    @Test
    void tradeStringBecomesATick() {
        double[] got = new double[3];
        assertTrue(RtVolume.parse("15.96;200;1466433455123;1000;15.95;true",
                (t, p, s) -> { got[0] = t; got[1] = p; got[2] = s; }));
        assertArrayEquals(new double[] {1_466_433_455_123_000_000.0, 15.96, 200}, got);
    }

    @Test
    void sizeOnlyUpdatesAndGarbageAreNotTrades() {
        assertFalse(RtVolume.parse(";0;1466433455123;1000;15.95;false", (t, p, s) -> { }));
        assertFalse(RtVolume.parse("abc", (t, p, s) -> { }));
        assertFalse(RtVolume.parse("1.0;2;notatime;3;4;true", (t, p, s) -> { }));
    }
}
