package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistoricalChunksTest {

    private static final long S = 1_000_000_000L;
    private static final long T = 1_704_067_200L * S; // 2024-01-01T00:00:00Z

    @Test
    void noBeginAsksTheLongestDurationOnce() {
        HistoricalChunks c = new HistoricalChunks(IbBarSize.MIN_1, HistoricalChunks.NO_BEGIN, T);
        HistoricalRequest r = c.next();
        assertEquals("86400 S", r.duration());
        assertEquals("20240101-00:00:00", r.endDateTime());
        assertNull(c.next());
    }

    @Test
    void shortSpanIsOneExactRequest() {
        HistoricalChunks c = new HistoricalChunks(IbBarSize.SECS_5, T, T + 25 * S + 300_000_000L);
        HistoricalRequest r = c.next();
        assertEquals("26 S", r.duration());
        assertEquals(T + 26 * S, r.endNanos(), "end rounded up to a whole second");
        assertNull(c.next());
    }

    @Test
    void longSpanWalksForwardInMaximalChunks() {
        HistoricalChunks c = new HistoricalChunks(IbBarSize.MIN_1, T, T + 365 * 86_400L * S);
        int n = 0;
        long lastEnd = T;
        HistoricalRequest r;
        while ((r = c.next()) != null) {
            assertEquals("86400 S", r.duration());
            assertEquals(lastEnd + 86_400L * S, r.endNanos());
            lastEnd = r.endNanos();
            n++;
        }
        assertEquals(365, n, "a year of 1-minute bars takes 365 one-day requests");
    }

    @Test
    void rejectsAnInvertedSpan() {
        assertThrows(IllegalArgumentException.class, () -> new HistoricalChunks(IbBarSize.MIN_1, T, T - S));
    }
}
