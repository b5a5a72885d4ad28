package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BarTimesTest {

    private static final long S = 1_000_000_000L;

    @Test
    void isoTruncatesToSeconds() {
        assertEquals("1970-01-01T00:00:01", BarTimes.iso(S + 999_990_000L, ZoneOffset.UTC));
        assertEquals("1969-12-31T19:00:01", BarTimes.iso(S, ZoneId.of("America/New_York")));
    }

    @Test
    void chartSecondsAreLocalAndStrictlyIncreasing() {
        assertArrayEquals(new long[] {-18000 + 1, -18000 + 2, -18000 + 5},
                BarTimes.chartSeconds(new long[] {S, S + 1, 5 * S}, ZoneId.of("America/New_York")));
    }

    @Test
    void intradayDetection() {
        long day = 86_400 * S;
        assertFalse(BarTimes.intraday(new long[] {day, 2 * day, 3 * day}, ZoneOffset.UTC));
        assertTrue(BarTimes.intraday(new long[] {day, day + 60 * S}, ZoneOffset.UTC));
    }
}
