package org.bt4j.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bt4j.util.FSum;

/**
 * backtrader's float date numbers ({@code bt.date2num}/{@code bt.num2date}: days since
 * 0001-01-01 plus one, the fraction the time of day), and Python's {@code str(datetime)}. bt4j
 * keeps times as exact nanoseconds; backtrader stores a float and reads back a time that can be
 * off by a microsecond (a daily bar's session end 23:59:59.999990 prints as
 * {@code 23:59:59.999989}). {@code DateNum.num2date(DateNum.date2num(t))} is the time a
 * backtrader script sees for {@code t}. Stateless and thread-safe.
 */
public final class DateNum {

    private static final long ORDINAL_OF_EPOCH = 719_163; // date(1970, 1, 1).toordinal()

    private DateNum() {
    }

    /** backtrader's {@code date2num(dt)} of a naive date-time (microseconds kept, as Python's datetime). */
    public static double date2num(LocalDateTime t) {
        FSum sum = new FSum();
        sum.add(t.toLocalDate().toEpochDay() + ORDINAL_OF_EPOCH);
        sum.add(t.getHour() / 24.0);
        sum.add(t.getMinute() / 1440.0);
        sum.add(t.getSecond() / 86400.0);
        sum.add((t.getNano() / 1000) / 86_400_000_000.0);
        return sum.value();
    }

    /** backtrader's {@code num2date(x)}: the naive date-time of a date number. */
    public static LocalDateTime num2date(double x) {
        long ix = (long) x;
        LocalDate day = LocalDate.ofEpochDay(ix - ORDINAL_OF_EPOCH);
        double rem = x - ix;
        double h = Math.floor(24.0 * rem);
        rem = 24.0 * rem - h;
        double m = Math.floor(60.0 * rem);
        rem = 60.0 * rem - m;
        double s = Math.floor(60.0 * rem);
        rem = 60.0 * rem - s;
        int us = (int) (1e6 * rem);
        if (us < 10) {
            us = 0;
        }
        LocalDateTime t = day.atTime((int) h, (int) m, (int) s, us * 1000);
        if (us > 999_990) {
            t = t.plusNanos((1_000_000 - us) * 1000L);
        }
        return t;
    }

    /** The time a backtrader script sees for {@code t}: {@code num2date(date2num(t))}. */
    public static LocalDateTime asBacktrader(LocalDateTime t) {
        return num2date(date2num(t));
    }

    /** Python's {@code str(datetime)}: {@code 2005-03-22 23:59:59.999989}, microseconds only when not 0. */
    public static String pyStr(LocalDateTime t) {
        return t.toLocalDate() + " " + pyStr(t.toLocalTime());
    }

    /** Python's {@code str(time)}: {@code 08:00:00}, {@code 23:59:59.999989} (microseconds only when not 0). */
    public static String pyStr(java.time.LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int us = t.getNano() / 1000;
        return us == 0 ? s : s + String.format(".%06d", us);
    }
}
