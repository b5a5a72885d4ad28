package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class BarBucketsTest {

    private static final long S = 1_000_000_000L;
    private static final long T = 1_466_433_455L * S; // 2016-06-20T14:37:35Z

    @Test
    void fiveSecondBucketsAreHalfOpen() {
        BarBuckets b = BarBuckets.of(TimeFrame.Seconds, 5, ZoneOffset.UTC, LocalTime.MAX);
        assertEquals(T + 5 * S, b.endOf(T), "a tick on a boundary opens the next bar");
        assertEquals(T, b.endOf(T - 1));
        assertEquals(T, b.startOf(T + 4 * S));
        assertEquals(T, b.ceilBoundary(T));
        assertEquals(T + 5 * S, b.ceilBoundary(T + 1));
    }

    @Test
    void minuteBucketsAlignOnLocalMidnight() {
        BarBuckets b = BarBuckets.of(TimeFrame.Minutes, 7, ZoneId.of("Asia/Kolkata"), LocalTime.MAX);
        // 14:37:35Z = 20:07:35 in Kolkata: 7-minute buckets from local midnight, 20:04 .. 20:11
        long end = b.endOf(T);
        assertEquals(T + 205 * S, end);
        assertEquals(end - 7 * 60 * S, b.startOf(T));
    }

    @Test
    void dailyBucketsEndAtTheSessionEnd() {
        ZoneId ny = ZoneId.of("America/New_York");
        BarBuckets b = BarBuckets.of(TimeFrame.Days, 1, ny, LocalTime.of(16, 0));
        long close = 1_466_452_800L * S; // 2016-06-20 16:00 New York
        assertEquals(close, b.endOf(T));
        assertEquals(close + 86_400 * S, b.endOf(close));
        assertEquals(close - 86_400 * S, b.startOf(T));
    }

    @Test
    void refusesFramesItCannotCut() {
        assertThrows(BadInputException.class, () -> BarBuckets.of(TimeFrame.Weeks, 1, ZoneOffset.UTC, LocalTime.MAX));
        assertThrows(BadInputException.class, () -> BarBuckets.of(TimeFrame.Ticks, 1, ZoneOffset.UTC, LocalTime.MAX));
    }
}
