package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IbTimesTest {

    private static final long NS = 1_000_000_000L;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 2024-01-05 00:00:00 UTC: 2024-01-01 is 1 704 067 200, plus four days. */
    private static final long JAN5 = 1_704_067_200L + 4 * 86_400L;

    @Test
    void zonedTimeUsesItsOwnZone() {
        // 16:00 New York in winter = 21:00 UTC
        assertEquals((JAN5 + 21 * 3600) * NS, IbTimes.parse("20240105 16:00:00 US/Eastern", ZoneOffset.UTC));
        // 16:00 Berlin (MET) in winter = 15:00 UTC
        assertEquals((JAN5 + 15 * 3600) * NS, IbTimes.parse("20240105 16:00:00 MET", NEW_YORK));
    }

    @Test
    void zonedTimeHonoursSummerTime() {
        // 2024-07-05 is 186 days after 2024-01-01; 09:30 New York in summer = 13:30 UTC
        long jul5 = 1_704_067_200L + 186 * 86_400L;
        assertEquals((jul5 + 13 * 3600 + 1800) * NS, IbTimes.parse("20240705 09:30:00 US/Eastern", ZoneOffset.UTC));
    }

    @Test
    void dashFormIsUtc() {
        assertEquals((JAN5 + 16 * 3600) * NS, IbTimes.parse("20240105-16:00:00", NEW_YORK));
    }

    @Test
    void unzonedTimeUsesTheDefaultZoneAndToleratesOldTwsDoubleSpace() {
        long expected = (JAN5 + 14 * 3600 + 1800) * NS; // 09:30 New York = 14:30 UTC
        assertEquals(expected, IbTimes.parse("20240105 09:30:00", NEW_YORK));
        assertEquals(expected, IbTimes.parse("20240105  09:30:00", NEW_YORK));
        assertEquals(expected, IbTimes.parse(" 20240105 09:30:00 ", NEW_YORK));
    }

    @Test
    void bareDateMeansTheEndOfThatDay() {
        // midnight ending 5 January in New York = 2024-01-06 05:00 UTC
        assertEquals((JAN5 + 86_400 + 5 * 3600) * NS, IbTimes.parse("20240105", NEW_YORK));
        assertEquals((JAN5 + 86_400) * NS, IbTimes.parse("20240105", ZoneOffset.UTC));
    }

    @Test
    void malformedTextsNameTheValueAndTheExpectedForm() {
        for (String bad : new String[] {"", "2024010", "20240105 16:00", "20241305 16:00:00", "20240105 25:00:00",
                "20240105 16:00:00 Mars/Olympus", "yesterday"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> IbTimes.parse(bad, NEW_YORK), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("yyyyMMdd HH:mm:ss"), e.getMessage());
        }
    }

    @Test
    void formatsInTheRequestedZoneWithItsLabel() {
        long t = (JAN5 + 21 * 3600) * NS + 999_999_999L; // sub-second part is truncated
        assertEquals("20240105 16:00:00 US/Eastern", IbTimes.format(t, NEW_YORK, "US/Eastern"));
        assertEquals("20240105 21:00:00 UTC", IbTimes.format(t, ZoneOffset.UTC, "UTC"));
        assertEquals("16:00", IbTimes.hhmm(t, NEW_YORK));
        assertEquals("05:07", IbTimes.hhmm((JAN5 + 5 * 3600 + 7 * 60 + 59) * NS, ZoneOffset.UTC));
    }

    @Test
    void formatRoundsTimesBeforeTheEpochDown() {
        assertEquals("19691231 23:59:59 UTC", IbTimes.format(-1, ZoneOffset.UTC, "UTC"));
    }

    @Test
    void formatAndParseAreInverse() {
        long t = (JAN5 + 14 * 3600 + 1800) * NS;
        assertEquals(t, IbTimes.parse(IbTimes.format(t, NEW_YORK, "US/Eastern"), ZoneOffset.UTC));
    }

    @Test
    void formatsDates() {
        assertEquals("20240105", IbTimes.formatDate(LocalDate.of(2024, 1, 5)));
        assertEquals("20241231", IbTimes.formatDate(LocalDate.of(2024, 12, 31)));
    }
}
