package org.bt4j.ib.data;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * IB's historical bar sizes, each with the longest duration one request may cover (backtrader's
 * table, modelled on IB's limits: 1800 S of 1-second bars, one day of 1-minute bars, a year of
 * daily bars ...), capped by IB's step-size table, which TWS enforces with error 162: 3600 S of
 * 5-second bars and one week of 15- and 20-minute bars (backtrader's intermediate rows allow
 * 7200 S and two weeks). {@link #of} maps a bt4j (time frame, compression) to the matching size;
 * {@link #forBackfill} also finds the size to build an unsupported one from (7-minute bars from
 * 1-minute bars, ticks from 1-second bars). Immutable.
 */
public enum IbBarSize {
    SECS_1("1 secs", 1, 1_800), SECS_5("5 secs", 5, 3_600), SECS_10("10 secs", 10, 10_800),
    SECS_15("15 secs", 15, 14_400), SECS_30("30 secs", 30, 28_800),
    MIN_1("1 min", 60, 86_400), MINS_2("2 mins", 120, 2 * 86_400), MINS_3("3 mins", 180, 7 * 86_400),
    MINS_5("5 mins", 300, 7 * 86_400), MINS_10("10 mins", 600, 7 * 86_400), MINS_15("15 mins", 900, 7 * 86_400),
    MINS_20("20 mins", 1_200, 7 * 86_400), MINS_30("30 mins", 1_800, 30 * 86_400),
    HOUR_1("1 hour", 3_600, 30 * 86_400), HOURS_2("2 hours", 7_200, 30 * 86_400),
    HOURS_3("3 hours", 10_800, 30 * 86_400), HOURS_4("4 hours", 14_400, 30 * 86_400),
    HOURS_8("8 hours", 28_800, 30 * 86_400),
    DAY_1("1 day", 86_400, 365 * 86_400), WEEK_1("1 W", 7 * 86_400, 365 * 86_400),
    MONTH_1("1 M", 30 * 86_400, 365 * 86_400);

    private final String text;
    private final long seconds;
    private final long maxSeconds;

    IbBarSize(String text, long seconds, long maxSeconds) {
        this.text = text;
        this.seconds = seconds;
        this.maxSeconds = maxSeconds;
    }

    /** The bar size setting sent to TWS ({@code 5 secs}, {@code 1 min}, {@code 1 day} ...). */
    public String text() {
        return text;
    }

    /** Nominal bar length in seconds (30 days for a month). */
    public long seconds() {
        return seconds;
    }

    /** Nominal bar length in nanoseconds. */
    public long nanos() {
        return seconds * 1_000_000_000L;
    }

    /** Longest duration one request may cover, in seconds. */
    public long maxDurationSeconds() {
        return maxSeconds;
    }

    /** Whether bars are dated by day ({@code yyyyMMdd}) rather than by time: day, week and month. */
    public boolean isDaily() {
        return seconds >= 86_400;
    }

    /**
     * The duration text for a request covering {@code spanSeconds} (clamped to 1 .. the maximum):
     * {@code N S} up to a day, whole days {@code N D} beyond.
     */
    public String duration(long spanSeconds) {
        long s = Math.max(Math.min(spanSeconds, maxSeconds), Math.min(seconds, maxSeconds));
        if (s <= 86_400 && !isDaily()) {
            return Math.max(s, 1) + " S";
        }
        return Math.max(1, (s + 86_399) / 86_400) + " D";
    }

    /** The size matching {@code tf}/{@code compression} exactly, or null when IB has none. */
    public static IbBarSize of(TimeFrame tf, int compression) {
        long secs;
        switch (tf) {
            case Seconds:
                secs = compression;
                break;
            case Minutes:
                secs = 60L * compression;
                break;
            case Days:
                return compression == 1 ? DAY_1 : null;
            case Weeks:
                return compression == 1 ? WEEK_1 : null;
            case Months:
                return compression == 1 ? MONTH_1 : null;
            default:
                return null;
        }
        for (IbBarSize b : values()) {
            if (!b.isDaily() && b.seconds == secs) {
                return b;
            }
        }
        return null;
    }

    /**
     * The size to backfill {@code tf}/{@code compression} bars with: the exact size when IB has
     * it, else the largest intraday size that divides the bar (1-second bars for ticks and
     * sub-second frames, daily bars for several days), or null when nothing fits (years).
     */
    public static IbBarSize forBackfill(TimeFrame tf, int compression) {
        IbBarSize exact = of(tf, compression);
        if (exact != null) {
            return exact;
        }
        long secs;
        switch (tf) {
            case Ticks:
            case MicroSeconds:
                return SECS_1;
            case Seconds:
                secs = compression;
                break;
            case Minutes:
                secs = 60L * compression;
                break;
            case Days:
            case Weeks:
            case Months:
                return DAY_1;
            default:
                return null;
        }
        IbBarSize best = null;
        for (IbBarSize b : values()) {
            if (!b.isDaily() && secs % b.seconds == 0) {
                best = b;
            }
        }
        return best;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /**
     * The END of a historical bar of this size, UTC epoch nanoseconds, from the time text TWS
     * sent (which stamps the bar's start): epoch seconds ({@code formatDate=2}), a date
     * {@code yyyyMMdd} for daily and longer bars (the session end of its last day in {@code tz}),
     * or {@code yyyyMMdd HH:mm:ss [zone]} read in the zone given, else in {@code tz}.
     *
     * @throws BadInputException when the text is none of these
     */
    public long endNanos(String time, ZoneId tz, LocalTime sessionEnd) {
        String t = time.trim();
        try {
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                LocalDate d = LocalDate.parse(t, DAY);
                LocalDate last = this == WEEK_1 ? d.plusDays(6) : this == MONTH_1 ? d.plusMonths(1).minusDays(1) : d;
                return nanosOf(last.atTime(sessionEnd).atZone(tz));
            }
            if (t.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(t) * 1_000_000_000L + nanos();
            }
            return TwsTime.parse(t, tz) + nanos();
        } catch (RuntimeException e) {
            throw new BadInputException("bad historical bar time '" + time + "' from TWS", e);
        }
    }

    private static long nanosOf(ZonedDateTime z) {
        return z.toEpochSecond() * 1_000_000_000L + z.getNano();
    }
}
