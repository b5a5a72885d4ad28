package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;

class ZoneConverterTest {

    /** Reference: java.time with overlaps resolved to the later (standard) offset, as pytz is_dst=False. */
    private static long reference(ZoneId zone, long local) {
        LocalDateTime ldt = EpochNanos.toLocalDateTime(local);
        ZonedDateTime z = ZonedDateTime.ofLocal(ldt, zone, null).withLaterOffsetAtOverlap();
        ZoneOffsetTransition t = zone.getRules().getTransition(ldt);
        if (t != null && t.isGap()) {
            return local - t.getOffsetBefore().getTotalSeconds() * EpochNanos.SECOND;
        }
        return z.toEpochSecond() * EpochNanos.SECOND + z.getNano();
    }

    @Test
    void matchesJavaTimeAcrossUsAndEuropeanChanges() {
        for (String id : new String[] {"America/New_York", "Europe/Berlin", "Europe/London", "Australia/Sydney", "UTC"}) {
            ZoneId zone = ZoneId.of(id);
            ZoneConverter c = ZoneConverter.of(zone);
            long from = EpochNanos.of(2019, 1, 1, 0, 0, 0, 0);
            long to = EpochNanos.of(2022, 1, 1, 0, 0, 0, 0);
            for (long t = from; t < to; t += 7 * EpochNanos.MINUTE + 13 * EpochNanos.SECOND) {
                long utc = c.toUtc(t);
                assertEquals(reference(zone, t), utc, id + " " + EpochNanos.toLocalDateTime(t));
                ZonedDateTime back = java.time.Instant.ofEpochSecond(Math.floorDiv(t, EpochNanos.SECOND)).atZone(zone);
                assertEquals(EpochNanos.of(back.toLocalDateTime()), c.toLocal(Math.floorDiv(t, EpochNanos.SECOND) * EpochNanos.SECOND),
                    id + " toLocal " + back);
            }
        }
    }

    @Test
    void dstExamples() {
        ZoneConverter ny = ZoneConverter.of(ZoneId.of("America/New_York"));
        // 2021-03-14 02:30 does not exist in New York: read as EST, i.e. 07:30Z (03:30 EDT)
        assertEquals(EpochNanos.of(2021, 3, 14, 7, 30, 0, 0), ny.toUtc(EpochNanos.of(2021, 3, 14, 2, 30, 0, 0)));
        // 2021-11-07 01:30 happens twice: the standard (later) one, 06:30Z
        assertEquals(EpochNanos.of(2021, 11, 7, 6, 30, 0, 0), ny.toUtc(EpochNanos.of(2021, 11, 7, 1, 30, 0, 0)));
        ZoneConverter berlin = ZoneConverter.of(ZoneId.of("Europe/Berlin"));
        assertEquals(EpochNanos.of(2021, 3, 26, 16, 30, 0, 0), berlin.toUtc(EpochNanos.of(2021, 3, 26, 17, 30, 0, 0)));
        assertEquals(EpochNanos.of(2021, 3, 29, 15, 30, 0, 0), berlin.toUtc(EpochNanos.of(2021, 3, 29, 17, 30, 0, 0)));
        assertEquals(EpochNanos.of(2021, 3, 29, 17, 30, 0, 0), berlin.toLocal(EpochNanos.of(2021, 3, 29, 15, 30, 0, 0)));
        assertEquals(0L, ZoneConverter.of(null).toUtc(0L));
    }
}
