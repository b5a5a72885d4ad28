package org.bt4j.ib.data;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.bt4j.BadInputException;

/**
 * Maps the time zone ids TWS sends in contract details ({@code US/Eastern}, {@code EST5EDT},
 * {@code EST}, {@code CST}, {@code MET}, {@code JST} ...) to real java.time zones. TWS abbreviations
 * such as "EST" and "CST" mean the exchange's civil time (with daylight saving), not the fixed
 * offsets the tz database gives them, so they are mapped explicitly. Stateless.
 */
public final class IbZones {

    private static final Map<String, String> EXPLICIT = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("EST5EDT", "America/New_York"), Map.entry("US/Eastern", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("CST6CDT", "America/Chicago"), Map.entry("US/Central", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MST7MDT", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PST8PDT", "America/Los_Angeles"),
            Map.entry("US/Pacific", "America/Los_Angeles"), Map.entry("GMT", "Europe/London"),
            Map.entry("BST", "Europe/London"), Map.entry("CET", "Europe/Berlin"), Map.entry("MET", "Europe/Berlin"),
            Map.entry("CEST", "Europe/Berlin"), Map.entry("EET", "Europe/Helsinki"), Map.entry("JST", "Asia/Tokyo"),
            Map.entry("HKT", "Asia/Hong_Kong"), Map.entry("AEST", "Australia/Sydney"), Map.entry("UTC", "UTC"));

    private IbZones() {
    }

    /**
     * The zone for a TWS zone id.
     *
     * @throws BadInputException for an empty or unknown id (one line naming it)
     */
    public static ZoneId of(String twsId) {
        if (twsId == null || twsId.isBlank()) {
            throw new BadInputException("empty time zone id");
        }
        String id = twsId.trim();
        String mapped = EXPLICIT.get(id);
        try {
            return ZoneId.of(mapped != null ? mapped : id);
        } catch (DateTimeException e) {
            throw new BadInputException("unknown time zone '" + twsId + "' (use a tz database name such as America/New_York)");
        }
    }

    /** The zone for a TWS zone id, or {@code fallback} when the id is empty or unknown. */
    public static ZoneId orElse(String twsId, ZoneId fallback) {
        try {
            return of(twsId);
        } catch (BadInputException e) {
            return fallback;
        }
    }
}
