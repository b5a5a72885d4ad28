package org.bt4j.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StrptimeFormatTest {

    @Test
    void parsesCommonFormats() {
        assertEquals(EpochNanos.of(2020, 3, 2, 9, 30, 0, 0), StrptimeFormat.of("%Y-%m-%d %H:%M:%S").parse("2020-03-02 09:30:00"));
        assertEquals(EpochNanos.of(2020, 3, 2, 0, 0, 0, 0), StrptimeFormat.of("%Y-%m-%d").parse("2020-3-2"));
        assertEquals(EpochNanos.of(2020, 3, 2, 14, 5, 7, 120_000_000),
            StrptimeFormat.of("%d/%m/%y %I:%M:%S.%f %p").parse("02/03/20 02:05:07.12 PM"));
        assertEquals(EpochNanos.of(2020, 1, 2, 0, 0, 0, 0), StrptimeFormat.of("%d %b %Y").parse("02 jan 2020"));
        assertEquals(EpochNanos.of(2020, 9, 2, 0, 0, 0, 0), StrptimeFormat.of("%B %d, %Y").parse("September 02,  2020"));
        assertEquals(EpochNanos.of(2020, 12, 31, 0, 0, 0, 0), StrptimeFormat.of("%Y%j").parse("2020366"));
        assertEquals(EpochNanos.of(1900, 1, 1, 12, 0, 0, 0), StrptimeFormat.of("%H%%").parse("12%"));
        assertEquals(EpochNanos.of(1999, 1, 1, 0, 0, 0, 0), StrptimeFormat.of("%y").parse("99"));
        assertEquals(EpochNanos.of(1900, 1, 1, 0, 0, 0, 0), StrptimeFormat.of("%I%p").parse("12am"));
        assertEquals(EpochNanos.of(1900, 1, 1, 12, 0, 0, 0), StrptimeFormat.of("%I%p").parse("12PM"));
    }

    @Test
    void refusesMismatchesWithPythonsMessages() {
        StrptimeFormat f = StrptimeFormat.of("%Y-%m-%d");
        assertEquals("time data '2020/01/02' does not match format '%Y-%m-%d'",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2020/01/02")).getMessage());
        assertEquals("unconverted data remains in '2020-01-02 10:00' for format '%Y-%m-%d'",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2020-01-02 10:00")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.parse("2019-02-29"));
        assertThrows(IllegalArgumentException.class, () -> StrptimeFormat.of("%H").parse("24"));
        assertThrows(IllegalArgumentException.class, () -> StrptimeFormat.of("%z"));
        assertThrows(IllegalArgumentException.class, () -> StrptimeFormat.of("%"));
    }

    @Test
    void fixedWidthTextGivesWhatTheGeneralScannerGives() {
        StrptimeFormat f = StrptimeFormat.of("%Y-%m-%d %H:%M:%S");
        // 19 characters like the fixed layout, but with short fields and a wide blank: the general path
        assertEquals(EpochNanos.of(2020, 1, 2, 10, 0, 0, 0), f.parse("2020-1-2   10:00:00"));
        assertEquals(EpochNanos.of(2020, 1, 2, 10, 0, 0, 0), f.parse("2020-01-02\t10:00:00"));
        assertEquals(EpochNanos.of(2024, 2, 29, 23, 59, 59, 0), f.parse("2024-02-29 23:59:59"));
        assertEquals(EpochNanos.of(2020, 3, 2, 9, 30, 0, 123_456_000),
            StrptimeFormat.of("%Y%m%dT%H%M%S.%f").parse("20200302T093000.123456"));
        // invalid values of fixed width get the general path's messages
        assertEquals("time data '2019-02-29 10:00:00' is not a valid date/time (format '%Y-%m-%d %H:%M:%S')",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2019-02-29 10:00:00")).getMessage());
        assertEquals("time data '2020-01-02 10:60:00' is not a valid date/time (format '%Y-%m-%d %H:%M:%S')",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2020-01-02 10:60:00")).getMessage());
        assertEquals("time data '2020-01-02x10:00:00' does not match format '%Y-%m-%d %H:%M:%S'",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2020-01-02x10:00:00")).getMessage());
        assertEquals("time data '2020-01-0a 10:00:00' does not match format '%Y-%m-%d %H:%M:%S'",
            assertThrows(IllegalArgumentException.class, () -> f.parse("2020-01-0a 10:00:00")).getMessage());
    }

    @Test
    void theStraightLineLayoutsGiveWhatTheGeneralScannerGives() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "0123456789-: Tx/\t";
        for (String pattern : new String[] {"%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y/%m/%d"}) {
            StrptimeFormat f = StrptimeFormat.of(pattern);
            for (int n = 0; n < 20_000; n++) {
                char[] text = String.format("%04d-%02d-%02d %02d:%02d:%02d", random.nextInt(2100), 1 + random.nextInt(12),
                    1 + random.nextInt(31), random.nextInt(25), random.nextInt(61), random.nextInt(61)).toCharArray();
                if (pattern.contains("T")) {
                    text[10] = 'T';
                }
                if (pattern.contains("/")) {
                    text[4] = '/';
                    text[7] = '/';
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                String t = new String(text, 0, pattern.contains("%H") ? 19 : 10);
                String expected;
                try {
                    expected = Long.toString(f.parseGeneral(t));
                } catch (IllegalArgumentException e) {
                    expected = e.getMessage();
                }
                long plain = f.parsePlain(t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
                if (plain != Long.MIN_VALUE) {
                    assertEquals(expected, Long.toString(plain), pattern + " on '" + t + "' (the quick try)");
                }
                String actual;
                try {
                    actual = Long.toString(f.parse(t));
                } catch (IllegalArgumentException e) {
                    actual = e.getMessage();
                }
                assertEquals(expected, actual, pattern + " on '" + t + "'");
            }
        }
    }

    /** The layouts read dates by a table of year starts (1900-2199) and by arithmetic outside it: both as the scanner. */
    @Test
    void everyDateInAndAroundTheTableIsTheScannersDate() {
        StrptimeFormat f = StrptimeFormat.of("%Y-%m-%d %H:%M:%S");
        for (int year : new int[] {0, 1, 4, 1600, 1899, 1900, 1901, 1970, 2000, 2024, 2100, 2199, 2200, 2201, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String t = String.format("%04d-%02d-%02d 12:34:56", year, month, day);
                    long plain = f.parsePlain(t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
                    String expected;
                    try {
                        expected = Long.toString(f.parseGeneral(t));
                    } catch (IllegalArgumentException e) {
                        expected = "refused";
                    }
                    assertEquals(expected, plain == Long.MIN_VALUE ? "refused" : Long.toString(plain), t);
                }
            }
        }
    }
}
