package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleTradingCalendarTest {

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void nyseTradingDaysHolidaysAndEarlyCloses() {
        SimpleTradingCalendar nyse = SimpleTradingCalendar.nyse(2020, 2024);
        assertFalse(nyse.isTradingDay(day(2021, 11, 25)), "Thanksgiving");
        assertEquals(LocalTime.of(13, 0).toNanoOfDay(), nyse.closeNanos(day(2021, 11, 26)), "day after Thanksgiving");
        assertEquals(LocalTime.of(16, 0).toNanoOfDay(), nyse.closeNanos(day(2021, 11, 29)));
        assertFalse(nyse.isTradingDay(day(2021, 12, 24)), "Christmas on Saturday observed Friday");
        assertFalse(nyse.isTradingDay(day(2022, 6, 20)), "Juneteenth on Sunday observed Monday");
        assertTrue(nyse.isTradingDay(day(2021, 12, 31)), "New Year on Saturday is not observed");
        assertFalse(nyse.isTradingDay(day(2024, 3, 29)), "Good Friday 2024");
        assertFalse(nyse.isTradingDay(day(2024, 3, 30)), "weekend");
        assertTrue(nyse.isTradingDay(day(2024, 4, 1)));
    }

    @Test
    void lastTradingDaysOfPeriods() {
        SimpleTradingCalendar nyse = SimpleTradingCalendar.nyse(2020, 2024);
        assertTrue(nyse.isLastTradingDayOfWeek(day(2024, 3, 28)), "Thursday before Good Friday");
        assertFalse(nyse.isLastTradingDayOfWeek(day(2024, 3, 27)));
        assertTrue(nyse.isLastTradingDayOfMonth(day(2024, 3, 28)));
        assertTrue(nyse.isLastTradingDayOfYear(day(2021, 12, 31)));
        assertTrue(nyse.isLastTradingDayOfYear(day(2022, 12, 30)));
    }

    @Test
    void nextSessionEndInTheMarketZoneAcrossDst() {
        SimpleTradingCalendar nyse = SimpleTradingCalendar.nyse(2021, 2021);
        ZoneConverter ny = ZoneConverter.of(ZoneId.of("America/New_York"));
        // Friday 2021-03-12 17:00 New York (after the close) -> Monday 2021-03-15 16:00 EDT = 20:00Z
        long fridayEvening = ny.toUtc(EpochNanos.of(2021, 3, 12, 17, 0, 0, 0));
        assertEquals(EpochNanos.of(2021, 3, 15, 20, 0, 0, 0), nyse.nextSessionEnd(fridayEvening, ny));
        // during Friday's session -> Friday 16:00 EST = 21:00Z
        assertEquals(EpochNanos.of(2021, 3, 12, 21, 0, 0, 0),
            nyse.nextSessionEnd(ny.toUtc(EpochNanos.of(2021, 3, 12, 11, 0, 0, 0)), ny));
    }

    @Test
    void customCalendarFromData() {
        SimpleTradingCalendar c = SimpleTradingCalendar.of(LocalTime.of(9, 0), LocalTime.of(17, 30),
            List.of(LocalDate.of(2021, 12, 24)), Map.of(LocalDate.of(2021, 12, 31),
                new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(14, 0)}), null);
        assertFalse(c.isTradingDay(day(2021, 12, 24)));
        assertEquals(LocalTime.of(14, 0).toNanoOfDay(), c.closeNanos(day(2021, 12, 31)));
        assertEquals(LocalTime.of(9, 0).toNanoOfDay(), c.openNanos(day(2021, 12, 30)));
        assertTrue(SimpleTradingCalendar.weekdays().isTradingDay(day(2021, 12, 24)));
        assertThrows(IllegalArgumentException.class, () -> SimpleTradingCalendar.of(LocalTime.of(10, 0),
            LocalTime.of(9, 0), null, null, null));
    }
}
