package org.bt4j.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * New York Stock Exchange holidays and early closes, generated from the exchange's rules: New
 * Year's Day, Martin Luther King Jr. Day (from 1998), Washington's Birthday, Good Friday,
 * Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and Christmas,
 * moved to Friday or Monday when they fall on a weekend (New Year's Day on a Saturday is not
 * observed); plus the unscheduled closures since 2001 as data. Early closes (13:00) on the day
 * after Thanksgiving, and on 3 July and 24 December when they are Monday to Thursday trading
 * days. Stateless and thread-safe.
 */
public final class NyseHolidays {

    /** Closures outside the rules (attacks, storms, national days of mourning). */
    private static final LocalDate[] SPECIAL = {
        LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 12), LocalDate.of(2001, 9, 13), LocalDate.of(2001, 9, 14),
        LocalDate.of(2004, 6, 11), LocalDate.of(2007, 1, 2), LocalDate.of(2012, 10, 29), LocalDate.of(2012, 10, 30),
        LocalDate.of(2018, 12, 5), LocalDate.of(2025, 1, 9),
    };

    private NyseHolidays() {
    }

    /** Every holiday in {@code fromYear} … {@code toYear}, in date order. */
    public static List<LocalDate> holidays(int fromYear, int toYear) {
        List<LocalDate> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            LocalDate ny = LocalDate.of(y, 1, 1);
            if (ny.getDayOfWeek() != DayOfWeek.SATURDAY) {
                out.add(observed(ny));
            }
            if (y >= 1998) {
                out.add(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3));
            }
            out.add(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
            out.add(easter(y).minusDays(2));
            out.add(LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            if (y >= 2022) {
                out.add(observed(LocalDate.of(y, 6, 19)));
            }
            out.add(observed(LocalDate.of(y, 7, 4)));
            out.add(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
            out.add(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
            out.add(observed(LocalDate.of(y, 12, 25)));
        }
        for (LocalDate d : SPECIAL) {
            if (d.getYear() >= fromYear && d.getYear() <= toYear) {
                out.add(d);
            }
        }
        out.sort(null);
        return out;
    }

    /** Early closes (13:00) in {@code fromYear} … {@code toYear}: date → {09:30, 13:00}. */
    public static Map<LocalDate, LocalTime[]> earlyCloses(int fromYear, int toYear) {
        Map<LocalDate, LocalTime[]> out = new TreeMap<>();
        LocalTime[] hours = {LocalTime.of(9, 30), LocalTime.of(13, 0)};
        for (int y = fromYear; y <= toYear; y++) {
            out.put(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1), hours);
            for (LocalDate d : new LocalDate[] {LocalDate.of(y, 7, 3), LocalDate.of(y, 12, 24)}) {
                if (d.getDayOfWeek().getValue() <= 4) {
                    out.put(d, hours);
                }
            }
        }
        return out;
    }

    private static LocalDate observed(LocalDate d) {
        switch (d.getDayOfWeek()) {
            case SATURDAY:
                return d.minusDays(1);
            case SUNDAY:
                return d.plusDays(1);
            default:
                return d;
        }
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
