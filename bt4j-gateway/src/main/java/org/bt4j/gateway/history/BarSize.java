package org.bt4j.gateway.history;

import java.util.Locale;

/**
 * IB's historical bar sizes, with the exact spellings TWS lists ({@code 1 secs}, {@code 1 min},
 * {@code 2 mins}, {@code 1 hour}, {@code 1 day}, {@code 1W}, {@code 1M}). Immutable.
 */
public enum BarSize {
    SECS_1("1 secs", 1), SECS_5("5 secs", 5), SECS_10("10 secs", 10), SECS_15("15 secs", 15), SECS_30("30 secs", 30),
    MIN_1("1 min", 60), MINS_2("2 mins", 120), MINS_3("3 mins", 180), MINS_5("5 mins", 300), MINS_10("10 mins", 600),
    MINS_15("15 mins", 900), MINS_20("20 mins", 1200), MINS_30("30 mins", 1800),
    HOUR_1("1 hour", 3600), HOURS_2("2 hours", 7200), HOURS_3("3 hours", 10800), HOURS_4("4 hours", 14400),
    HOURS_8("8 hours", 28800), DAY_1("1 day", 86400), WEEK_1("1W", 7 * 86400), MONTH_1("1M", 30 * 86400);

    private final String ib;
    private final long seconds;

    BarSize(String ib, long seconds) {
        this.ib = ib;
        this.seconds = seconds;
    }

    /** The spelling TWS uses. */
    public String ib() {
        return ib;
    }

    /** Bar length in seconds (nominal for week and month). */
    public long seconds() {
        return seconds;
    }

    /** True for day, week and month bars (dated {@code yyyyMMdd}, built from sessions). */
    public boolean isDaily() {
        return seconds >= 86400;
    }

    /** Every legal spelling, comma separated, for error texts. */
    public static String legal() {
        StringBuilder sb = new StringBuilder();
        for (BarSize b : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(b.ib);
        }
        return sb.toString();
    }

    /**
     * Parses a bar size setting leniently: {@code 1 secs}, {@code 1 sec}, {@code 5 mins}, {@code 1 hour},
     * {@code 2 hours}, {@code 1 day}, {@code 1W}, {@code 1 week}, {@code 1M}, {@code 1 month}; null when unknown.
     */
    public static BarSize parseOrNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        t = t.replaceAll("^(\\d+) ?(w|week|weeks)$", "$1W").replaceAll("^(\\d+) ?(m|month|months)$", "$1M");
        for (BarSize b : values()) {
            if (b.ib.equalsIgnoreCase(t) || singularPlural(b.ib).equalsIgnoreCase(t)) {
                return b;
            }
        }
        return null;
    }

    private static String singularPlural(String ib) {
        if (ib.endsWith("secs")) {
            return ib.substring(0, ib.length() - 1);
        }
        if (ib.endsWith("min") || ib.endsWith("hour") || ib.endsWith("day")) {
            return ib + "s";
        }
        if (ib.endsWith("mins") || ib.endsWith("hours")) {
            return ib.substring(0, ib.length() - 1);
        }
        return ib;
    }
}
