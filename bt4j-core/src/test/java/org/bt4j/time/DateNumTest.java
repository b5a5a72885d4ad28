package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Expected values printed by backtrader 1.9.78.123's dateintern (date2num, num2date, str) under CPython 3.11. */
class DateNumTest {

    private static void check(LocalDateTime t, double num, String shown) {
        assertEquals(num, DateNum.date2num(t), 0.0, t.toString());
        assertEquals(shown, DateNum.pyStr(DateNum.num2date(num)), t.toString());
        assertEquals(shown, DateNum.pyStr(DateNum.asBacktrader(t)));
    }

    @Test
    void backtradersFloatDayNumbersRoundTripAsBacktraderShowsThem() {
        check(LocalDateTime.of(2005, 3, 22, 23, 59, 59, 999_990_000), 732027.9999999999, "2005-03-22 23:59:59.999989");
        check(LocalDateTime.of(2006, 1, 2, 17, 30), 732313.7291666666, "2006-01-02 17:30:00");
        check(LocalDateTime.of(2014, 6, 30, 9, 31, 0, 123_456_000), 735414.3965292067, "2014-06-30 09:31:00.123455");
        check(LocalDateTime.of(1, 1, 1, 0, 0), 1.0, "0001-01-01 00:00:00");
    }

    @Test
    void timesPrintAsPythonsStrOfATime() {
        assertEquals("08:00:00", DateNum.pyStr(java.time.LocalTime.of(8, 0)));
        assertEquals("23:59:59.999989", DateNum.pyStr(java.time.LocalTime.of(23, 59, 59, 999_989_000)));
    }
}
