package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionScheduleTest {

    private static long at(String iso) {
        return Instant.parse(iso).getEpochSecond() * 1_000_000_000L;
    }

    @Test
    void rendersIbHoursWithOvernightSessionsAndClosedDays() {
        SessionSchedule cme = SessionSchedule.parse("MON-FRI 1700-1600", ZoneId.of("US/Central"));
        assertEquals("20240104:1700-20240105:1600;20240106:CLOSED;20240107:CLOSED;20240107:1700-20240108:1600",
                cme.ibHours(LocalDate.of(2024, 1, 5), 4));
    }

    @Test
    void isOpenHonoursZoneAndBounds() {
        SessionSchedule rth = SessionSchedule.parse("MON-FRI 0930-1600", ZoneId.of("US/Eastern"));
        assertTrue(rth.isOpen(at("2024-01-05T14:30:00Z")));   // 09:30 EST, open inclusive
        assertFalse(rth.isOpen(at("2024-01-05T21:00:00Z")));  // 16:00 EST, close exclusive
        assertFalse(rth.isOpen(at("2024-01-06T15:00:00Z")));  // Saturday
        assertEquals(at("2024-01-05T21:00:00Z"), rth.nextClose(at("2024-01-05T15:00:00Z")));
        assertEquals(at("2024-01-08T21:00:00Z"), rth.nextClose(at("2024-01-06T15:00:00Z")));
        assertEquals(at("2024-01-05T14:30:00Z"), rth.nextOpen(at("2024-01-05T11:00:00Z")));  // pre-market: today
        assertEquals(at("2024-01-08T14:30:00Z"), rth.nextOpen(at("2024-01-05T14:30:00Z")));  // at the open: the next one
        assertEquals(at("2024-01-08T14:30:00Z"), rth.nextOpen(at("2024-01-06T15:00:00Z")));  // weekend: Monday
    }

    @Test
    void sessionsBetweenReportsClosingDate() {
        SessionSchedule cme = SessionSchedule.parse("MON-FRI 1700-1600", ZoneId.of("US/Central"));
        var s = cme.sessionsBetween(at("2024-01-05T00:00:00Z"), at("2024-01-05T12:00:00Z"));
        assertEquals(1, s.size());
        assertEquals(at("2024-01-04T23:00:00Z"), s.get(0)[0]);
        assertEquals(LocalDate.of(2024, 1, 5).toEpochDay(), s.get(0)[2]);
    }

    @Test
    void alwaysIsOpenAndBadSpecsAreNamed() {
        assertTrue(SessionSchedule.parse("ALWAYS", ZoneId.of("UTC")).isOpen(at("2024-01-06T03:00:00Z")));
        var e = assertThrows(IllegalArgumentException.class, () -> SessionSchedule.parse("MON-FRI 930-1600", ZoneId.of("UTC")));
        assertTrue(e.getMessage().contains("MON-FRI 930-1600"));
        assertThrows(IllegalArgumentException.class, () -> SessionSchedule.parse("XX 0930-1600", ZoneId.of("UTC")));
    }
}
