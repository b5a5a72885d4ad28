package org.bt4j.ib.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bt4j.BadInputException;
import org.bt4j.ib.contract.TwsZones;

/**
 * TWS date-time texts: what we send — always IB's explicit UTC form {@code yyyyMMdd-HH:mm:ss}
 * (history end dates, GTD times, execution filters), never a zone-less local time — and what TWS
 * sends: {@code yyyyMMdd HH:mm:ss [zone]} (bar and execution times, the zone optional) or the UTC
 * form. Stateless.
 */
public final class TwsTime {

    private static final long NS = 1_000_000_000L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss", Locale.ROOT);

    private TwsTime() {
    }

    /** {@code epochNanos} (UTC) as {@code yyyyMMdd-HH:mm:ss}, seconds truncated. */
    public static String utc(long epochNanos) {
        return UTC.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, NS)));
    }

    /**
     * Reads {@code yyyyMMdd HH:mm:ss [zone]} (in {@code fallback} without a zone; any run of spaces
     * between date and time) or {@code yyyyMMdd-HH:mm:ss} (UTC) as UTC epoch nanoseconds.
     *
     * @throws BadInputException naming the text when it is neither
     */
    public static long parse(String text, ZoneId fallback) {
        String t = text.trim();
        try {
            if (t.length() == 17 && t.charAt(8) == '-') {
                return LocalDateTime.parse(t, UTC).toEpochSecond(ZoneOffset.UTC) * NS;
            }
            String[] parts = t.split("\\s+");
            LocalDateTime l = LocalDateTime.parse(parts[0] + " " + parts[1], LOCAL);
            ZoneId zone = parts.length > 2 ? TwsZones.of(parts[2]) : fallback;
            return l.atZone(zone).toEpochSecond() * NS;
        } catch (RuntimeException e) {
            throw new BadInputException("bad TWS time '" + text + "' (expected yyyyMMdd HH:mm:ss [zone])", e);
        }
    }
}
