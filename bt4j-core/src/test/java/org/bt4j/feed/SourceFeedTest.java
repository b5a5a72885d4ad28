package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.line.LineBuffer;
import org.bt4j.time.EpochNanos;
import org.junit.jupiter.api.Test;

class SourceFeedTest {

    private static ArrayFeed days(int n) {
        long[] t = new long[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = EpochNanos.of(2020, 1, 1 + i, 23, 59, 59, 999_990_000);
            c[i] = i;
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    @Test
    void dateOnlyLimitsUseSessionStartAndEnd() {
        ArrayFeed f = days(10);
        f.fromDate(LocalDate.of(2020, 1, 3)).toDate(LocalDate.of(2020, 1, 5));
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(3, bars.size());
        assertEquals(2.0, bars.get(0).close);
        assertEquals(4.0, bars.get(2).close);
    }

    @Test
    void dateTimeLimitsAreInTheFeedZone() {
        ArrayFeed f = days(10);
        f.tz(ZoneId.of("Asia/Tokyo")); // UTC+9: 2020-01-03 23:59:59.99999Z is 2020-01-04 08:59 in Tokyo
        f.fromDate(LocalDateTime.of(2020, 1, 4, 8, 0)).toDate(LocalDateTime.of(2020, 1, 6, 9, 0));
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(3, bars.size());
        assertEquals(2.0, bars.get(0).close);
        assertEquals(4.0, bars.get(2).close);
    }

    @Test
    void streamingIntoBoundedBuffersKeepsMemoryFlat() {
        ArrayFeed f = days(300);
        for (int i = 0; i < f.lineCount(); i++) {
            f.buffer(i).bound(0);
        }
        f.datetime().bound(4);
        int n = 0;
        while (f.next()) {
            n++;
        }
        assertEquals(300, n);
        LineBuffer close = f.buffer(DataFeed.CLOSE);
        assertEquals(299.0, close.get(0));
        assertEquals(298.0, close.get(-1));
        assertEquals(true, close.isBounded());
    }
}
