package org.bt4j.ib.contract;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bt4j.BadInputException;

/**
 * Maps the time-zone names TWS uses (contract details' {@code timeZoneId}, bar and execution time
 * suffixes) to real {@link ZoneId}s: legacy abbreviations ({@code EST}, {@code CST} — backtrader's
 * CST6CDT patch —, {@code MET}, {@code JST}, {@code CTT}, {@code AET} …), POSIX-style names
 * ({@code EST5EDT}) and old aliases ({@code US/Eastern}, {@code GB-Eire}, {@code Japan}), always to a
 * region with daylight-saving rules, never to a fixed offset that would be wrong half the year.
 * Anything else is tried as a java.time zone id.
 *
 * <p>Threading: stateless.
 */
public final class TwsZones {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("EST5EDT", "America/New_York"), Map.entry("US/EASTERN", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("CST6CDT", "America/Chicago"), Map.entry("US/CENTRAL", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("MST7MDT", "America/Denver"), Map.entry("US/MOUNTAIN", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("PST8PDT", "America/Los_Angeles"), Map.entry("US/PACIFIC", "America/Los_Angeles"),
            Map.entry("MET", "Europe/Berlin"), Map.entry("CET", "Europe/Berlin"), Map.entry("CEST", "Europe/Berlin"),
            Map.entry("EET", "Europe/Athens"), Map.entry("WET", "Europe/Lisbon"),
            Map.entry("GB-EIRE", "Europe/London"), Map.entry("GB", "Europe/London"), Map.entry("BST", "Europe/London"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("JAPAN", "Asia/Tokyo"),
            Map.entry("CTT", "Asia/Shanghai"), Map.entry("PRC", "Asia/Shanghai"),
            Map.entry("HONGKONG", "Asia/Hong_Kong"), Map.entry("HKT", "Asia/Hong_Kong"),
            Map.entry("SINGAPORE", "Asia/Singapore"), Map.entry("SGT", "Asia/Singapore"),
            Map.entry("IST", "Asia/Kolkata"), Map.entry("KST", "Asia/Seoul"),
            Map.entry("AET", "Australia/Sydney"), Map.entry("AUSTRALIA/NSW", "Australia/Sydney"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("NZST", "Pacific/Auckland"),
            Map.entry("MSK", "Europe/Moscow"), Map.entry("ISRAEL", "Asia/Jerusalem"),
            Map.entry("GMT", "Etc/GMT"), Map.entry("UTC", "UTC"), Map.entry("Z", "UTC"));

    private TwsZones() {
    }

    /** @return the zone for a TWS zone name, or empty when it is unknown */
    public static Optional<ZoneId> find(String twsName) {
        if (twsName == null || twsName.isBlank()) {
            return Optional.empty();
        }
        String name = twsName.trim();
        String mapped = NAMES.get(name.toUpperCase(Locale.ROOT));
        try {
            return Optional.of(ZoneId.of(mapped != null ? mapped : name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @return the zone for a TWS zone name
     * @throws BadInputException naming the zone when it is unknown
     */
    public static ZoneId of(String twsName) {
        return find(twsName).orElseThrow(() -> new BadInputException("unknown time zone '" + twsName
                + "' (expected a TWS zone such as US/Eastern, EST5EDT, MET, JST or an IANA zone id)"));
    }

    /** @return the zone for a TWS zone name, or UTC when it is unknown or empty (backtrader's fallback) */
    public static ZoneId orUtc(String twsName) {
        return find(twsName).orElse(ZoneOffset.UTC);
    }
}
