package org.bt4j.gateway.market;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/** Maps IB's time zone ids (US/Eastern, MET, EST, JST, CST…) to java.time zones. Stateless. */
public final class IbZones {

    private static final Map<String, String> EXPLICIT = Map.of(
            "EST", "America/New_York", "EDT", "America/New_York", "CST", "America/Chicago",
            "CDT", "America/Chicago", "PST", "America/Los_Angeles", "JST", "Asia/Tokyo",
            "GMT", "UTC", "CET", "Europe/Berlin", "MET", "Europe/Berlin", "HKT", "Asia/Hong_Kong");

    private IbZones() {
    }

    /** The zone for an IB id. @throws IllegalArgumentException for an unknown id */
    public static ZoneId toZoneId(String ibId) {
        String mapped = EXPLICIT.get(ibId);
        try {
            return ZoneId.of(mapped != null ? mapped : ibId, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone id '" + ibId + "'", e);
        }
    }
}
