package org.bt4j.gateway.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * IB's date-time texts: {@code yyyyMMdd HH:mm:ss zone}, {@code yyyyMMdd-HH:mm:ss} (UTC),
 * {@code yyyyMMdd HH:mm:ss} (TWS's zone) and {@code yyyyMMdd}. Stateless, thread-safe.
 */
public final class IbTimes {

    private static final long NS = 1_000_000_000L;
    private static final DateTimeFormatter YMD_HMS = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private IbTimes() {
    }

    /**
     * Parses a time; a bare date means the end of that day. @return epoch nanos
     *
     * @throws IllegalArgumentException when malformed
     */
    public static long parse(String s, ZoneId defaultZone) {
        try {
            String t = s.trim().replaceAll("\\s+", " ");
            if (t.length() == 17 && t.charAt(8) == '-') {
                return LocalDateTime.parse(t.replace('-', ' '), YMD_HMS).toEpochSecond(ZoneOffset.UTC) * NS;
            }
            if (t.matches("\\d{8}")) {
                return LocalDate.parse(t, YMD).plusDays(1).atStartOfDay(defaultZone).toEpochSecond() * NS;
            }
            if (t.length() < 17) {
                throw new IllegalArgumentException("too short");
            }
            ZoneId zone = t.length() > 18 ? IbZones.toZoneId(t.substring(18).trim()) : defaultZone;
            return LocalDateTime.parse(t.substring(0, 17), YMD_HMS).atZone(zone).toEpochSecond() * NS;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date/time '" + s + "'; expected yyyyMMdd HH:mm:ss [zone]", e);
        }
    }

    /** {@code yyyyMMdd HH:mm:ss <label>} of {@code nanos} in {@code zone}. */
    public static String format(long nanos, ZoneId zone, String label) {
        return local(nanos, zone).format(YMD_HMS) + " " + label;
    }

    /** {@code yyyyMMdd} of a date. */
    public static String formatDate(LocalDate d) {
        return d.format(YMD);
    }

    /** {@code HH:mm} of {@code nanos} in {@code zone} (updateAccountTime). */
    public static String hhmm(long nanos, ZoneId zone) {
        LocalDateTime l = local(nanos, zone);
        return String.format(Locale.ROOT, "%02d:%02d", l.getHour(), l.getMinute());
    }

    private static LocalDateTime local(long nanos, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(nanos, NS)), zone);
    }
}
