package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EpochNanosTest {

    @Test
    void civilConversionsAgreeWithJavaTime() {
        for (long d = -700_000; d < 800_000; d += 7) {
            LocalDate ld = LocalDate.ofEpochDay(d);
            assertEquals(d, EpochNanos.epochDay(ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth()));
            assertEquals(ld.getYear(), EpochNanos.year(d));
            assertEquals(ld.getMonthValue(), EpochNanos.month(d));
            assertEquals(ld.getDayOfMonth(), EpochNanos.dayOfMonth(d));
            assertEquals(ld.getDayOfWeek().getValue(), EpochNanos.dayOfWeek(d));
            assertEquals(ld.lengthOfMonth(), EpochNanos.monthLength(ld.getYear(), ld.getMonthValue()));
        }
    }

    @Test
    void formatsAndConverts() {
        long t = EpochNanos.of(2015, 1, 5, 23, 59, 59, 999_990_000);
        assertEquals("2015-01-05T23:59:59", EpochNanos.isoSeconds(t));
        assertEquals(LocalDateTime.of(2015, 1, 5, 23, 59, 59, 999_990_000), EpochNanos.toLocalDateTime(t));
        assertEquals(t, EpochNanos.of(EpochNanos.toLocalDateTime(t)));
        assertEquals("1969-12-31T23:59:59", EpochNanos.isoSeconds(-1));
        assertEquals(EpochNanos.DEFAULT_SESSION_END.toNanoOfDay(), EpochNanos.timeOfDay(t));
    }
}
