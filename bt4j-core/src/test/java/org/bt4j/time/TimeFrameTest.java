package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TimeFrame}: case-insensitive parsing, the error listing bar sizes, and smallest-first order. */
class TimeFrameTest {

    @Test
    void parsesEveryNameInAnyCase() {
        for (TimeFrame tf : TimeFrame.values()) {
            assertEquals(tf, TimeFrame.parse(tf.name()));
            assertEquals(tf, TimeFrame.parse(tf.lower()));
        }
        assertEquals(TimeFrame.Minutes, TimeFrame.parse("MINUTES"));
    }

    @Test
    void unknownNameListsTheBarSizesButNotNoTimeFrame() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeFrame.parse("Hours"));
        assertEquals("unknown timeframe 'Hours'; valid: Ticks, MicroSeconds, Seconds, Minutes, Days, Weeks, Months, "
                + "Years", e.getMessage());
    }

    @Test
    void orderIsSmallestFirstAsResamplingComparesIt() {
        assertTrue(TimeFrame.Ticks.compareTo(TimeFrame.Seconds) < 0);
        assertTrue(TimeFrame.Minutes.compareTo(TimeFrame.Days) < 0);
        assertTrue(TimeFrame.Months.compareTo(TimeFrame.Years) < 0);
        assertEquals("microseconds", TimeFrame.MicroSeconds.lower());
    }

    @Test
    void backtradersNumbersAsItsWriterPrintsThem() {
        assertEquals(1, TimeFrame.Ticks.backtraderValue());
        assertEquals(5, TimeFrame.Days.backtraderValue());
        assertEquals(8, TimeFrame.Years.backtraderValue());
        assertEquals(9, TimeFrame.NoTimeFrame.backtraderValue());
    }
}
