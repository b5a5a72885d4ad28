package org.bt4j.ib.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * The time buckets of a bar size, as IB cuts them: half-open intervals {@code [start, end)}.
 * Intraday bars of N seconds or minutes are aligned on local midnight in the data's zone (5-second
 * bars start at :00, :05 ...); daily bars run from one session end to the next. A bar is stamped
 * with its {@link #endOf end}, so a tick exactly on a boundary opens the next bar, as in IB's
 * historical and real-time bars. Immutable.
 */
public final class BarBuckets {

    private static final long NS = 1_000_000_000L;
    private static final long DAY = 86_400L * NS;

    private final long length;
    private final ZoneId tz;
    private final LocalTime sessionEnd;

    private BarBuckets(long length, ZoneId tz, LocalTime sessionEnd) {
        this.length = length;
        this.tz = tz;
        this.sessionEnd = sessionEnd;
    }

    /**
     * Buckets of {@code compression} x {@code tf} in zone {@code tz}.
     *
     * @throws BadInputException for a frame live bars cannot be cut into (ticks, weeks and longer,
     *                            several days)
     */
    public static BarBuckets of(TimeFrame tf, int compression, ZoneId tz, LocalTime sessionEnd) {
        switch (tf) {
            case Seconds:
                return new BarBuckets(compression * NS, tz, sessionEnd);
            case Minutes:
                return new BarBuckets(compression * 60L * NS, tz, sessionEnd);
            case Days:
                if (compression == 1) {
                    return new BarBuckets(DAY, tz, sessionEnd);
                }
                break;
            default:
                break;
        }
        throw new BadInputException("an IB feed cannot build " + compression + " " + tf
                + " bars itself; use Seconds, Minutes or 1 Days and resample from there");
    }

    /** Nominal bar length, nanoseconds. */
    public long length() {
        return length;
    }

    private boolean daily() {
        return length == DAY;
    }

    /** The end of the bucket containing {@code t} (a time exactly on a boundary opens the next). */
    public long endOf(long t) {
        ZonedDateTime local = zoned(t);
        if (daily()) {
            ZonedDateTime end = local.toLocalDate().atTime(sessionEnd).atZone(tz);
            if (!end.isAfter(local)) {
                end = local.toLocalDate().plusDays(1).atTime(sessionEnd).atZone(tz);
            }
            return nanos(end);
        }
        long midnight = nanos(local.toLocalDate().atStartOfDay(tz));
        long end = midnight + (Math.floorDiv(t - midnight, length) + 1) * length;
        long nextMidnight = nanos(local.toLocalDate().plusDays(1).atStartOfDay(tz));
        return Math.min(end, nextMidnight);
    }

    /** The start of the bucket containing {@code t}. */
    public long startOf(long t) {
        long end = endOf(t);
        if (daily()) {
            LocalDate d = zoned(end).toLocalDate().minusDays(1);
            return nanos(d.atTime(sessionEnd).atZone(tz));
        }
        ZonedDateTime local = zoned(t);
        long midnight = nanos(local.toLocalDate().atStartOfDay(tz));
        return Math.max(midnight, end - length);
    }

    /** {@code t} when it is a boundary, else the end of its bucket. */
    public long ceilBoundary(long t) {
        return startOf(t) == t ? t : endOf(t);
    }

    private ZonedDateTime zoned(long t) {
        return Instant.ofEpochSecond(Math.floorDiv(t, NS), Math.floorMod(t, NS)).atZone(tz);
    }

    private static long nanos(ZonedDateTime z) {
        return z.toEpochSecond() * NS + z.getNano();
    }
}
