package org.bt4j.ib.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

class TwsZonesTest {

    @Test
    void twsNamesMapToRegionsWithDaylightSaving() {
        assertEquals(ZoneId.of("America/New_York"), TwsZones.of("EST5EDT"));
        assertEquals(ZoneId.of("America/New_York"), TwsZones.of("EST"));
        assertEquals(ZoneId.of("America/New_York"), TwsZones.of("US/Eastern"));
        assertEquals(ZoneId.of("America/Chicago"), TwsZones.of("CST"));
        assertEquals(ZoneId.of("Europe/Berlin"), TwsZones.of("MET"));
        assertEquals(ZoneId.of("Asia/Tokyo"), TwsZones.of("JST"));
        assertEquals(ZoneId.of("Asia/Shanghai"), TwsZones.of("CTT"));
        assertEquals(ZoneId.of("Europe/London"), TwsZones.of("GB-Eire"));
        assertEquals(ZoneId.of("Australia/Sydney"), TwsZones.of("AET"));
        assertEquals(ZoneId.of("Europe/Zurich"), TwsZones.of("Europe/Zurich"));
        // EST as TWS means New York time: summer instants are at -4, not a fixed -5.
        assertEquals(ZoneOffset.ofHours(-4), TwsZones.of("EST").getRules().getOffset(LocalDateTime.of(2024, 7, 1, 12, 0)));
    }

    @Test
    void unknownZones() {
        assertTrue(TwsZones.find("Mars/Olympus").isEmpty());
        assertEquals(ZoneOffset.UTC, TwsZones.orUtc(""));
        assertEquals("unknown time zone 'Mars/Olympus' (expected a TWS zone such as US/Eastern, EST5EDT, MET, JST or an IANA zone id)",
                assertThrows(BadInputException.class, () -> TwsZones.of("Mars/Olympus")).getMessage());
    }
}
