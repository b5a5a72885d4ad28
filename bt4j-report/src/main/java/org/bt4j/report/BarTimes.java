package org.bt4j.report;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Conversions of bar times (UTC epoch nanoseconds) for display: to a zoned time, to text in
 * backtrader's {@code %Y-%m-%dT%H:%M:%S} form, to the "local seconds" a chart library that
 * only knows UTC needs so that it shows the data's own wall-clock time, and detection of
 * intraday series. Stateless; thread-safe.
 */
public final class BarTimes {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private BarTimes() {
    }

    /** The bar time in {@code zone}. */
    public static ZonedDateTime zoned(long nanos, ZoneId zone) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .atZone(zone);
    }

    /** {@code %Y-%m-%dT%H:%M:%S} of the bar time in {@code zone}, truncated to whole seconds. */
    public static String iso(long nanos, ZoneId zone) {
        return ISO.format(zoned(nanos, zone));
    }

    /**
     * Wall-clock seconds in {@code zone} counted as if they were UTC, made strictly increasing
     * (a bar in the same second as its predecessor moves one second on), as chart time scales
     * require.
     */
    public static long[] chartSeconds(long[] nanos, ZoneId zone) {
        long[] out = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ZonedDateTime z = zoned(nanos[i], zone);
            long s = z.toEpochSecond() + z.getOffset().getTotalSeconds();
            out[i] = i > 0 && s <= out[i - 1] ? out[i - 1] + 1 : s;
        }
        return out;
    }

    /** Whether the bars fall on more than one time of day in {@code zone} (sampled for long series). */
    public static boolean intraday(long[] nanos, ZoneId zone) {
        if (nanos.length < 2) {
            return false;
        }
        int stride = Math.max(1, nanos.length / 200);
        LocalTime first = zoned(nanos[0], zone).toLocalTime();
        for (int i = stride; i < nanos.length; i += stride) {
            if (!zoned(nanos[i], zone).toLocalTime().equals(first)) {
                return true;
            }
        }
        return false;
    }
}
