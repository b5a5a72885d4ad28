package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IbZonesTest {

    private static final Instant JANUARY = Instant.parse("2024-01-15T12:00:00Z");
    private static final Instant JULY = Instant.parse("2024-07-15T12:00:00Z");

    private static ZoneOffset offset(String ibId, Instant at) {
        return IbZones.toZoneId(ibId).getRules().getOffset(at);
    }

    @Test
    void abbreviationsMeanTheExchangesZoneWithDaylightSaving() {
        // TWS's EST/CST/PST are the US exchange zones, so summer time applies
        assertEquals(ZoneOffset.ofHours(-5), offset("EST", JANUARY));
        assertEquals(ZoneOffset.ofHours(-4), offset("EST", JULY));
        assertEquals(ZoneOffset.ofHours(-4), offset("EDT", JULY));
        assertEquals(ZoneOffset.ofHours(-6), offset("CST", JANUARY));
        assertEquals(ZoneOffset.ofHours(-5), offset("CST", JULY));
        assertEquals(ZoneOffset.ofHours(-7), offset("PST", JULY));
        assertEquals(ZoneOffset.ofHours(1), offset("MET", JANUARY));
        assertEquals(ZoneOffset.ofHours(2), offset("MET", JULY));
        assertEquals(ZoneOffset.ofHours(2), offset("CET", JULY));
        assertEquals(ZoneOffset.ofHours(9), offset("JST", JULY));
        assertEquals(ZoneOffset.ofHours(8), offset("HKT", JANUARY));
        assertEquals(ZoneOffset.UTC, offset("GMT", JULY));
    }

    @Test
    void regionIdsPassThrough() {
        assertEquals(ZoneId.of("US/Eastern"), IbZones.toZoneId("US/Eastern"));
        assertEquals(ZoneOffset.ofHours(-4), offset("US/Eastern", JULY));
        assertEquals(ZoneId.of("Europe/London"), IbZones.toZoneId("Europe/London"));
        assertEquals(ZoneId.of("Asia/Tokyo"), IbZones.toZoneId("Asia/Tokyo"));
    }

    @Test
    void unknownIdsAreAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IbZones.toZoneId("Mars/Olympus"));
        assertTrue(e.getMessage().contains("'Mars/Olympus'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IbZones.toZoneId(""));
    }
}
