package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class IbBarSizeTest {

    @Test
    void mapsBacktraderFramesToIbSizes() {
        assertEquals(IbBarSize.SECS_5, IbBarSize.of(TimeFrame.Seconds, 5));
        assertEquals(IbBarSize.MIN_1, IbBarSize.of(TimeFrame.Minutes, 1));
        assertEquals(IbBarSize.HOURS_8, IbBarSize.of(TimeFrame.Minutes, 480));
        assertEquals(IbBarSize.DAY_1, IbBarSize.of(TimeFrame.Days, 1));
        assertNull(IbBarSize.of(TimeFrame.Minutes, 7));
        assertNull(IbBarSize.of(TimeFrame.Ticks, 1));
        assertNull(IbBarSize.of(TimeFrame.Days, 2));
    }

    @Test
    void backfillSizeDividesUnsupportedFrames() {
        assertEquals(IbBarSize.MIN_1, IbBarSize.forBackfill(TimeFrame.Minutes, 7));
        assertEquals(IbBarSize.SECS_1, IbBarSize.forBackfill(TimeFrame.Ticks, 1));
        assertEquals(IbBarSize.SECS_10, IbBarSize.forBackfill(TimeFrame.Seconds, 20));
        assertEquals(IbBarSize.DAY_1, IbBarSize.forBackfill(TimeFrame.Days, 3));
        assertNull(IbBarSize.forBackfill(TimeFrame.Years, 1));
    }

    @Test
    void durationsUseSecondsUpToADayThenDays() {
        assertEquals("600 S", IbBarSize.MIN_1.duration(600));
        assertEquals("86400 S", IbBarSize.MIN_1.duration(1_000_000));
        assertEquals("7 D", IbBarSize.MINS_5.duration(7 * 86_400));
        assertEquals("5 S", IbBarSize.SECS_5.duration(2));
        assertEquals("365 D", IbBarSize.DAY_1.duration(10_000 * 86_400L));
        assertEquals("1 D", IbBarSize.DAY_1.duration(10));
    }

    /** The longest request per size stays within IB's step-size table (TWS refuses longer ones with 162). */
    @Test
    void longestDurationsStayWithinIbsStepTable() {
        String[][] expected = {
            {"1 secs", "1800 S"}, {"5 secs", "3600 S"}, {"10 secs", "10800 S"}, {"15 secs", "14400 S"},
            {"30 secs", "28800 S"}, {"1 min", "86400 S"}, {"2 mins", "2 D"}, {"3 mins", "7 D"}, {"5 mins", "7 D"},
            {"10 mins", "7 D"}, {"15 mins", "7 D"}, {"20 mins", "7 D"}, {"30 mins", "30 D"}, {"1 hour", "30 D"},
            {"2 hours", "30 D"}, {"3 hours", "30 D"}, {"4 hours", "30 D"}, {"8 hours", "30 D"}, {"1 day", "365 D"},
            {"1 W", "365 D"}, {"1 M", "365 D"},
        };
        assertEquals(IbBarSize.values().length, expected.length);
        for (int i = 0; i < expected.length; i++) {
            IbBarSize b = IbBarSize.values()[i];
            assertEquals(expected[i][0], b.text());
            assertEquals(expected[i][1], b.duration(Long.MAX_VALUE), b.text());
        }
    }

    @Test
    void historicalBarTimesBecomeBarEnds() {
        ZoneId ny = ZoneId.of("America/New_York");
        LocalTime eos = LocalTime.of(16, 0);
        assertEquals((1_466_433_455L + 5) * 1_000_000_000L, IbBarSize.SECS_5.endNanos("1466433455", ny, eos));
        // 2016-06-20 16:00 New York = 20:00 UTC
        assertEquals(1_466_452_800L * 1_000_000_000L, IbBarSize.DAY_1.endNanos("20160620", ny, eos));
        assertEquals(1_466_433_455L * 1_000_000_000L + 60_000_000_000L,
                IbBarSize.MIN_1.endNanos("20160620 10:37:35 US/Eastern", ZoneOffset.UTC, eos));
        assertEquals(1_466_433_455L * 1_000_000_000L + 60_000_000_000L,
                IbBarSize.MIN_1.endNanos("20160620  10:37:35", ny, eos));
        assertThrows(BadInputException.class, () -> IbBarSize.MIN_1.endNanos("yesterday", ny, eos));
    }
}
