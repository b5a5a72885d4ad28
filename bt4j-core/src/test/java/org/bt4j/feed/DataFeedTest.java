package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.bt4j.time.EpochNanos;
import org.junit.jupiter.api.Test;

/**
 * backtrader's {@code data.datetime.date(0)}, {@code time(0)}, {@code datetime(-1)} on a feed; a
 * preloaded feed walked to its end (its cursor move reads the columns ahead).
 */
class DataFeedTest {

    private static ArrayFeed twoBars() {
        double[] p = {1, 2};
        long[] t = {EpochNanos.of(2024, 3, 8, 21, 0, 0, 0), EpochNanos.of(2024, 3, 11, 20, 0, 0, 0)};
        return ArrayFeed.of("d", t, p, p, p, p, p, null);
    }

    @Test
    void barTimesReadAsDatesAndTimesInTheFeedsZone() {
        ArrayFeed utc = twoBars();
        utc.preload();
        utc.next();
        utc.next();
        assertEquals(LocalDate.of(2024, 3, 11), utc.date(0));
        assertEquals(LocalTime.of(21, 0), utc.time(-1));
        assertEquals(LocalDateTime.of(2024, 3, 8, 21, 0), utc.localDateTime(-1));
        ArrayFeed ny = twoBars();
        ny.tz(ZoneId.of("America/New_York"));
        ny.preload();
        ny.next();
        ny.next();
        assertEquals(LocalTime.of(16, 0), ny.time(-1), "EST before the switch");
        assertEquals(LocalTime.of(16, 0), ny.time(0), "EDT after it");
        assertEquals(LocalDate.of(2024, 3, 8), ny.date(-1));
    }

    @Test
    void advanceWalksEveryStoredBarToTheEndWhateverItReadsAhead() {
        for (int n : new int[] {1, 7, 8, 9, 16, 17, 300}) {
            double[] close = new double[n];
            double[] low = new double[n];
            long[] t = new long[n];
            for (int i = 0; i < n; i++) {
                close[i] = 100 + i;
                low[i] = 50 + i;
                t[i] = EpochNanos.of(2024, 1, 1, 0, 0, 0, 0) + i * 60_000_000_000L;
            }
            ArrayFeed f = ArrayFeed.of("d", t, close, close, low, close, close, null);
            f.preload();
            for (int i = 0; i < n; i++) {
                f.advance();
                assertEquals(100 + i, f.close(0), "bar " + i + " of " + n);
                assertEquals(50 + i, f.low(0), "bar " + i + " of " + n);
                assertEquals(t[i], f.datetime(0));
            }
            assertEquals(n, f.len());
        }
    }
}
