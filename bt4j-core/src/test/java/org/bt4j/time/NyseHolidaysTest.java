package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NyseHolidaysTest {

    @Test
    void holidaysOf2023MatchTheExchangeSchedule() {
        List<LocalDate> h = NyseHolidays.holidays(2023, 2023);
        assertEquals(List.of(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 16), LocalDate.of(2023, 2, 20),
            LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 6, 19), LocalDate.of(2023, 7, 4),
            LocalDate.of(2023, 9, 4), LocalDate.of(2023, 11, 23), LocalDate.of(2023, 12, 25)), h);
    }

    @Test
    void easterAndSpecialClosures() {
        assertEquals(LocalDate.of(2024, 3, 31), NyseHolidays.easter(2024));
        assertEquals(LocalDate.of(2019, 4, 21), NyseHolidays.easter(2019));
        assertTrue(NyseHolidays.holidays(2012, 2012).contains(LocalDate.of(2012, 10, 29)));
        assertTrue(NyseHolidays.earlyCloses(2023, 2023).containsKey(LocalDate.of(2023, 7, 3)));
    }
}
