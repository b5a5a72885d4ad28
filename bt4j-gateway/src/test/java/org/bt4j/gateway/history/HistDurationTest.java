package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistDurationTest {

    @Test
    void parsesIbsSpellings() {
        assertEquals(new HistDuration(3600, 'S'), HistDuration.parseOrNull("3600 S"));
        assertEquals(new HistDuration(1, 'D'), HistDuration.parseOrNull("1 D"));
        assertEquals(new HistDuration(2, 'W'), HistDuration.parseOrNull(" 2  w "));
        assertEquals(new HistDuration(6, 'M'), HistDuration.parseOrNull("6 M"));
        assertEquals(new HistDuration(1, 'Y'), HistDuration.parseOrNull("1 y"));
        assertEquals("3600 S", HistDuration.parseOrNull("3600   s").toString());
    }

    @Test
    void rejectsMalformedDurations() {
        for (String bad : new String[] {null, "", "1D", "D 1", "0 D", "-1 D", "1.5 D", "1 X", "1 DAY", "1 D extra",
                "1234567890 S"}) {
            assertNull(HistDuration.parseOrNull(bad), "'" + bad + "'");
        }
    }

    @Test
    void nominalLengthUsesIbsCalendarUnits() {
        assertEquals(3_600L, new HistDuration(3600, 'S').nominalSeconds());
        assertEquals(2 * 24 * 3600L, new HistDuration(2, 'D').nominalSeconds());
        assertEquals(2 * 7 * 24 * 3600L, new HistDuration(2, 'W').nominalSeconds());
        assertEquals(6 * 30 * 24 * 3600L, new HistDuration(6, 'M').nominalSeconds());
        assertEquals(365 * 24 * 3600L, new HistDuration(1, 'Y').nominalSeconds());
    }

    @Test
    void nominalLengthOfLargeParsedAmountsDoesNotOverflow() {
        // nine digits parse; 99 999 999 years is 99 999 999 × 31 536 000 s, far above 2^31
        HistDuration years = HistDuration.parseOrNull("99999999 Y");
        assertEquals(99_999_999L * 31_536_000L, years.nominalSeconds());
        assertEquals(999_999_999L * 604_800L, HistDuration.parseOrNull("999999999 W").nominalSeconds());
        assertEquals(999_999_999L * 2_592_000L, HistDuration.parseOrNull("999999999 M").nominalSeconds());
        assertEquals(999_999_999L * 86_400L, HistDuration.parseOrNull("999999999 D").nominalSeconds());
    }

    @Test
    void unitMaximaAreIbsDocumentedLimits() {
        // 86400 S, 365 D, 52 W, 12 M, 68 Y
        assertTrue(new HistDuration(86_400, 'S').withinUnitMaximum());
        assertFalse(new HistDuration(86_401, 'S').withinUnitMaximum());
        assertTrue(new HistDuration(365, 'D').withinUnitMaximum());
        assertFalse(new HistDuration(366, 'D').withinUnitMaximum());
        assertTrue(new HistDuration(52, 'W').withinUnitMaximum());
        assertFalse(new HistDuration(53, 'W').withinUnitMaximum());
        assertTrue(new HistDuration(12, 'M').withinUnitMaximum());
        assertFalse(new HistDuration(13, 'M').withinUnitMaximum());
        assertTrue(new HistDuration(68, 'Y').withinUnitMaximum());
        assertFalse(new HistDuration(69, 'Y').withinUnitMaximum());
    }
}
