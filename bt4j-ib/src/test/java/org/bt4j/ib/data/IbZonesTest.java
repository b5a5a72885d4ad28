package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

class IbZonesTest {

    @Test
    void mapsTwsNamesToRealZones() {
        assertEquals(ZoneId.of("America/New_York"), IbZones.of("EST5EDT"));
        assertEquals(ZoneId.of("America/New_York"), IbZones.of("EST"));
        assertEquals(ZoneId.of("America/Chicago"), IbZones.of("CST"));
        assertEquals(ZoneId.of("Europe/Berlin"), IbZones.of("MET"));
        assertEquals(ZoneId.of("Asia/Tokyo"), IbZones.of("JST"));
        assertEquals(ZoneId.of("Europe/Zurich"), IbZones.of("Europe/Zurich"));
    }

    @Test
    void unknownNamesAreOneLineErrorsOrFallBack() {
        BadInputException e = assertThrows(BadInputException.class, () -> IbZones.of("Mars/Olympus"));
        assertEquals("unknown time zone 'Mars/Olympus' (use a tz database name such as America/New_York)", e.getMessage());
        assertEquals(ZoneOffset.UTC, IbZones.orElse("", ZoneOffset.UTC));
    }
}
