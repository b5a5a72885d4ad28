package org.bt4j.gateway.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Listed-derivative expiry calendar (third Fridays; quarterly March/June/September/December). Stateless. */
public final class Expiries {

    private static final char[] MONTH_CODES = "FGHJKMNQUVXZ".toCharArray();

    private Expiries() {
    }

    /** The third Friday of {@code ym}. */
    public static LocalDate thirdFriday(YearMonth ym) {
        return ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    /** The first quarterly third Friday on or after {@code today} (the front equity-index future). */
    public static LocalDate nextQuarterly(LocalDate today) {
        YearMonth ym = YearMonth.from(today);
        while (true) {
            if (ym.getMonthValue() % 3 == 0 && !thirdFriday(ym).isBefore(today)) {
                return thirdFriday(ym);
            }
            ym = ym.plusMonths(1);
        }
    }

    /** The first monthly third Friday strictly after {@code today} (the front monthly option). */
    public static LocalDate nextMonthly(LocalDate today) {
        YearMonth ym = YearMonth.from(today);
        while (!thirdFriday(ym).isAfter(today)) {
            ym = ym.plusMonths(1);
        }
        return thirdFriday(ym);
    }

    /** CME month code plus last year digit, e.g. {@code H4} for March 2024. */
    public static String monthCode(LocalDate expiry) {
        return MONTH_CODES[expiry.getMonthValue() - 1] + Integer.toString(expiry.getYear() % 10);
    }
}
