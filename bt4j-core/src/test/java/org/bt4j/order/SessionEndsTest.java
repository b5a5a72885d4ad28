package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.feed.ArrayFeed;
import org.junit.jupiter.api.Test;

/** {@link SessionEnds}: cached answers equal the direct computation, across days, DST and changes. */
class SessionEndsTest {

    private static long nanos(LocalDateTime t, ZoneId z) {
        var i = t.atZone(z).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static ArrayFeed feed() {
        long[] t = {1L};
        double[] c = {1.0};
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    @Test
    void cachedAnswersEqualTheDirectComputationEveryMinuteAcrossDst() {
        ZoneId ny = ZoneId.of("America/New_York");
        ArrayFeed data = feed();
        data.tz(ny).sessions(LocalTime.of(9, 30), LocalTime.of(16, 0));
        SessionEnds ends = new SessionEnds(data);
        long eod = LocalTime.of(16, 0).toNanoOfDay();
        LocalDateTime t = LocalDateTime.of(2021, 3, 12, 0, 0);
        for (int i = 0; i < 4 * 24 * 60; i += 7) {
            long at = nanos(t.plusMinutes(i), ny);
            assertEquals(Order.nextSessionEnd(at, ny, eod), ends.after(at), "minute " + i);
        }
        // exactly at a session end, and just after it
        long end = nanos(LocalDateTime.of(2021, 3, 15, 16, 0), ny);
        assertEquals(end, ends.after(end));
        assertEquals(nanos(LocalDateTime.of(2021, 3, 16, 16, 0), ny), ends.after(end + 1));
    }

    @Test
    void followsAChangeOfZoneOrSessionEnd() {
        ArrayFeed data = feed();
        SessionEnds ends = new SessionEnds(data);
        long noon = nanos(LocalDateTime.of(2022, 6, 1, 12, 0), ZoneOffset.UTC);
        assertEquals(nanos(LocalDateTime.of(2022, 6, 1, 23, 59, 59, 999_990_000), ZoneOffset.UTC), ends.after(noon));
        data.sessions(LocalTime.MIDNIGHT, LocalTime.of(11, 0));
        assertEquals(nanos(LocalDateTime.of(2022, 6, 2, 11, 0), ZoneOffset.UTC), ends.after(noon));
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        data.tz(tokyo);
        assertEquals(Order.nextSessionEnd(noon, tokyo, LocalTime.of(11, 0).toNanoOfDay()), ends.after(noon));
    }
}
