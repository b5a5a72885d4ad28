package org.bt4j.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * backtrader's {@code TradingCalendar} as data: regular {@code open} and {@code close} times,
 * {@code holidays} (dates the market is shut), {@code earlydays} (dates with their own open and
 * close, e.g. 13:00 closes) and {@code offdays} (weekdays never traded; Saturday and Sunday by
 * default). {@link #nyse(int, int)} builds a New York Stock Exchange calendar. Immutable and
 * thread-safe.
 */
public final class SimpleTradingCalendar implements TradingCalendar {

    private final long open;
    private final long close;
    private final long[] holidays;
    private final long[] earlyDays;
    private final long[] earlyOpen;
    private final long[] earlyClose;
    private final boolean[] offDays = new boolean[8];

    private SimpleTradingCalendar(LocalTime open, LocalTime close, Collection<LocalDate> holidays,
                                  Map<LocalDate, LocalTime[]> earlyDays, Set<DayOfWeek> offDays) {
        if (open == null || close == null || !open.isBefore(close)) {
            throw new IllegalArgumentException("calendar open must be before close, got " + open + " - " + close);
        }
        this.open = open.toNanoOfDay();
        this.close = close.toNanoOfDay();
        this.holidays = holidays.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
        TreeMap<Long, LocalTime[]> early = new TreeMap<>();
        earlyDays.forEach((d, t) -> {
            if (t == null || t.length != 2 || !t[0].isBefore(t[1])) {
                throw new IllegalArgumentException("early day " + d + " needs {open, close} with open before close");
            }
            early.put(d.toEpochDay(), t);
        });
        this.earlyDays = early.keySet().stream().mapToLong(Long::longValue).toArray();
        this.earlyOpen = early.values().stream().mapToLong(t -> t[0].toNanoOfDay()).toArray();
        this.earlyClose = early.values().stream().mapToLong(t -> t[1].toNanoOfDay()).toArray();
        for (DayOfWeek d : offDays) {
            this.offDays[d.getValue()] = true;
        }
    }

    /**
     * A calendar from data.
     *
     * @param earlyDays date → {open, close} for days with special hours
     * @param offDays weekdays never traded (null: Saturday and Sunday)
     */
    public static SimpleTradingCalendar of(LocalTime open, LocalTime close, Collection<LocalDate> holidays,
                                           Map<LocalDate, LocalTime[]> earlyDays, Set<DayOfWeek> offDays) {
        return new SimpleTradingCalendar(open, close, holidays == null ? Set.of() : holidays,
            earlyDays == null ? Map.of() : earlyDays,
            offDays == null ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : offDays);
    }

    /** backtrader's default calendar: every weekday, 00:00 to 23:59:59.999990, no holidays. */
    public static SimpleTradingCalendar weekdays() {
        return of(LocalTime.MIDNIGHT, EpochNanos.DEFAULT_SESSION_END, null, null, null);
    }

    /**
     * The New York Stock Exchange for {@code fromYear} … {@code toYear}: 09:30–16:00 (New York
     * time), its holidays by rule (see {@link NyseHolidays}) and 13:00 early closes.
     */
    public static SimpleTradingCalendar nyse(int fromYear, int toYear) {
        return of(LocalTime.of(9, 30), LocalTime.of(16, 0), NyseHolidays.holidays(fromYear, toYear),
            NyseHolidays.earlyCloses(fromYear, toYear), null);
    }

    @Override
    public boolean isTradingDay(long epochDay) {
        return !offDays[EpochNanos.dayOfWeek(epochDay)] && Arrays.binarySearch(holidays, epochDay) < 0;
    }

    @Override
    public long openNanos(long epochDay) {
        int i = Arrays.binarySearch(earlyDays, epochDay);
        return i >= 0 ? earlyOpen[i] : open;
    }

    @Override
    public long closeNanos(long epochDay) {
        int i = Arrays.binarySearch(earlyDays, epochDay);
        return i >= 0 ? earlyClose[i] : close;
    }
}
