package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Validity resolution as backtrader's simulator does it. */
class ValidityTest {

    private static long nanos(LocalDateTime t, ZoneId z) {
        var i = t.atZone(z).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void dayEndsAt235959009999OfTheBarDate() {
        ZoneId ny = ZoneId.of("America/New_York");
        long bar = nanos(LocalDateTime.of(2020, 3, 2, 10, 0), ny);
        assertEquals(nanos(LocalDateTime.of(2020, 3, 2, 23, 59, 59, 9_999_000), ny), Validity.day().resolve(bar, ny));
    }

    @Test
    void durationCountsFromTheBarAndGtcIsZero() {
        long bar = nanos(LocalDateTime.of(2020, 3, 2, 23, 59, 59, 999_990_000), ZoneOffset.UTC);
        assertEquals(bar + 86_400_000_000_000L, Validity.after(Duration.ofDays(1)).resolve(bar, ZoneOffset.UTC));
        assertEquals(0L, Validity.gtc().resolve(bar, ZoneOffset.UTC));
        assertEquals(123L, Validity.until(123L).resolve(bar, ZoneOffset.UTC));
        assertEquals(Validity.day(), Validity.after(Duration.ZERO));
    }
}
