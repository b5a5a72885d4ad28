package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ExpiriesTest {

    @Test
    void thirdFridaysAndQuarterlyRoll() {
        assertEquals(LocalDate.of(2024, 3, 15), Expiries.thirdFriday(YearMonth.of(2024, 3)));
        assertEquals(LocalDate.of(2024, 3, 15), Expiries.nextQuarterly(LocalDate.of(2024, 1, 5)));
        assertEquals(LocalDate.of(2024, 3, 15), Expiries.nextQuarterly(LocalDate.of(2024, 3, 15)));
        assertEquals(LocalDate.of(2024, 6, 21), Expiries.nextQuarterly(LocalDate.of(2024, 3, 16)));
        assertEquals(LocalDate.of(2025, 3, 21), Expiries.nextQuarterly(LocalDate.of(2024, 12, 21)));
        assertEquals(LocalDate.of(2024, 1, 19), Expiries.nextMonthly(LocalDate.of(2024, 1, 5)));
        assertEquals(LocalDate.of(2024, 2, 16), Expiries.nextMonthly(LocalDate.of(2024, 1, 19)));
        assertEquals("H4", Expiries.monthCode(LocalDate.of(2024, 3, 15)));
        assertEquals("Z5", Expiries.monthCode(LocalDate.of(2025, 12, 19)));
    }
}
