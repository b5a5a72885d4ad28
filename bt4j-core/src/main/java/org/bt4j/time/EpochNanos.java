package org.bt4j.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Arithmetic on epoch nanoseconds without allocation: civil dates to day numbers and back, times
 * of day, and backtrader's default session end (23:59:59.999990). A "local" value is a naive
 * wall-clock time encoded as if it were UTC; {@link ZoneConverter} maps it to real UTC.
 * Stateless and thread-safe.
 */
public final class EpochNanos {

    /** Nanoseconds in one second. */
    public static final long SECOND = 1_000_000_000L;
    /** Nanoseconds in one minute. */
    public static final long MINUTE = 60 * SECOND;
    /** Nanoseconds in one hour. */
    public static final long HOUR = 60 * MINUTE;
    /** Nanoseconds in one day. */
    public static final long DAY = 24 * HOUR;
    /** backtrader's default session end, 23:59:59.999990, as a time of day. */
    public static final LocalTime DEFAULT_SESSION_END = LocalTime.of(23, 59, 59, 999_990_000);

    private EpochNanos() {
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
    public static long epochDay(int year, int month, int day) {
        // divisions in int (C1 calls the runtime for each long division): the same value for every input
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        long doy = (153 * mp + 2) / 5 + (long) day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }

    /** Epoch nanoseconds of a naive date and time. */
    public static long of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return epochDay(year, month, day) * DAY + hour * HOUR + minute * MINUTE + second * SECOND + nano;
    }

    /** Epoch nanoseconds of a naive {@link LocalDateTime}. */
    public static long of(LocalDateTime t) {
        return t.toLocalDate().toEpochDay() * DAY + t.toLocalTime().toNanoOfDay();
    }

    /** Days since 1970-01-01 of the day containing {@code nanos}. */
    public static long day(long nanos) {
        return Math.floorDiv(nanos, DAY);
    }

    /** Nanoseconds since midnight of {@code nanos}. */
    public static long timeOfDay(long nanos) {
        return Math.floorMod(nanos, DAY);
    }

    /** Whether a year is a Gregorian leap year. */
    public static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Number of days in a month (1-12) of a year. */
    public static int monthLength(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Year of epoch day {@code epochDay}. */
    public static int year(long epochDay) {
        return (int) (civil(epochDay) / 10000);
    }

    /** Month (1-12) of epoch day {@code epochDay}. */
    public static int month(long epochDay) {
        return (int) (civil(epochDay) / 100 % 100);
    }

    /** Day of month of epoch day {@code epochDay}. */
    public static int dayOfMonth(long epochDay) {
        return (int) (civil(epochDay) % 100);
    }

    /** ISO day of week (Monday = 1 … Sunday = 7) of epoch day {@code epochDay}. */
    public static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7) + 1;
    }

    /** The date as {@code yyyymmdd} packed into a long (allocation-free civil conversion; years 1 and later). */
    public static long civil(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return y * 10000 + m * 100 + d;
    }

    /** The naive date-time of {@code nanos} (allocates; for display and tests). */
    public static LocalDateTime toLocalDateTime(long nanos) {
        return LocalDateTime.of(LocalDate.ofEpochDay(day(nanos)), LocalTime.ofNanoOfDay(timeOfDay(nanos)));
    }

    /** {@code %Y-%m-%dT%H:%M:%S} of a naive value, truncated to whole seconds. */
    public static String isoSeconds(long nanos) {
        StringBuilder sb = new StringBuilder(19);
        appendIsoSeconds(sb, nanos);
        return sb.toString();
    }

    /** Appends {@code %Y-%m-%dT%H:%M:%S} of a naive value, truncated to whole seconds. */
    public static void appendIsoSeconds(StringBuilder sb, long nanos) {
        long c = civil(day(nanos));
        long tod = timeOfDay(nanos) / SECOND;
        pad(sb, c / 10000, 4).append('-');
        pad(sb, c / 100 % 100, 2).append('-');
        pad(sb, c % 100, 2).append('T');
        pad(sb, tod / 3600, 2).append(':');
        pad(sb, tod / 60 % 60, 2).append(':');
        pad(sb, tod % 60, 2);
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        if (v < 0 || v >= 10000) {
            String s = Long.toString(v);
            for (int i = s.length(); i < width; i++) {
                sb.append('0');
            }
            return sb.append(s);
        }
        int x = (int) v;
        if (width >= 4 || x >= 1000) {
            sb.append((char) ('0' + x / 1000));
        }
        if (width >= 3 || x >= 100) {
            sb.append((char) ('0' + x / 100 % 10));
        }
        return sb.append((char) ('0' + x / 10 % 10)).append((char) ('0' + x % 10));
    }
}
