package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/** {@link Fill#unit}: one bar step of the intraday fillers; other time frames are refused by name. */
class FillTest {

    @Test
    void stepOfEachIntradayTimeFrame() {
        assertEquals(60_000_000_000L, Fill.unit(TimeFrame.Minutes, "x"));
        assertEquals(1_000_000_000L, Fill.unit(TimeFrame.Seconds, "x"));
        assertEquals(1_000L, Fill.unit(TimeFrame.MicroSeconds, "x"));
    }

    @Test
    void otherTimeFramesAreRefusedNamingTheCaller() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fill.unit(TimeFrame.Days, "SessionFiller"));
        assertTrue(e.getMessage().startsWith("SessionFiller needs a Minutes"), e.getMessage());
        assertTrue(e.getMessage().endsWith("got Days"), e.getMessage());
    }
}
