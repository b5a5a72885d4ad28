package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.bt4j.time.StrptimeFormat;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainRow}: a line it takes gives what the general path gives (the line end found, the
 * line split at the separator, each field parsed on its own); it leaves every other line alone.
 */
class PlainRowTest {

    private static final StrptimeFormat DT = StrptimeFormat.of("%Y-%m-%d %H:%M:%S");
    /** The GenericCSV default columns: datetime, open, high, low, close, volume, openinterest. */
    private static final int[] GENERIC = {PlainRow.TIME, DataFeed.OPEN, DataFeed.HIGH, DataFeed.LOW, DataFeed.CLOSE,
        DataFeed.VOLUME, DataFeed.OPENINTEREST};

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsThePlainLinesBt4jWrites() {
        PlainRow row = PlainRow.of((byte) ',', DT, GENERIC);
        byte[] b = bytes("2000-01-03 09:30:00,1000.02,1000.05,1000.01,1000.03,3350,0\r\nnext");
        assertEquals(DT.parse("2000-01-03 09:30:00"), row.read(b, 0, b.length));
        assertEquals(59, row.newline(), "the index of the '\\n'");
        double[] v = row.values();
        assertEquals(1000.02, v[DataFeed.OPEN]);
        assertEquals(1000.05, v[DataFeed.HIGH]);
        assertEquals(1000.01, v[DataFeed.LOW]);
        assertEquals(1000.03, v[DataFeed.CLOSE]);
        assertEquals(3350.0, v[DataFeed.VOLUME]);
        assertEquals(0.0, v[DataFeed.OPENINTEREST]);
        // a line not wholly in the bytes given, or a last line without its line end: the general path
        assertEquals(PlainRow.NOT_PLAIN, row.read(b, 0, 59));
        assertEquals(PlainRow.NOT_PLAIN, row.read(b, 0, 58));
    }

    @Test
    void noPlainFormWhereAFieldCouldHoldTheSeparator() {
        for (char sep : new char[] {'5', '.', '-', ' ', '\t', '\n', ':'}) {
            assertNull(PlainRow.of((byte) sep, DT, GENERIC), "separator '" + sep + "'");
        }
        assertNull(PlainRow.of((byte) ',', StrptimeFormat.of("%Y-%m-%d %I:%M:%S %p"), GENERIC), "varying width");
        assertNull(PlainRow.of((byte) '/', StrptimeFormat.of("%Y/%m/%d"), GENERIC), "the separator in the format");
    }

    /**
     * The plain decimals of price files ({@code [-]digits[.digits]}, up to 15 digits) read in the
     * line are Java's own {@code Double.parseDouble} doubles, bit for bit (and those of the general
     * path), on every dot position, sign, leading or trailing zeros and the largest mantissas.
     */
    @Test
    void plainDecimalsAreExactlyJavasDouble() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 400_000; i++) {
            int digits = 1 + r.nextInt(15);
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < digits; k++) {
                // mostly random digits, sometimes runs of 9s and 0s (carries, halfway-looking tails)
                int kind = r.nextInt(10);
                d.append(kind == 0 ? '9' : kind == 1 ? '0' : (char) ('0' + r.nextInt(10)));
            }
            int dot = r.nextInt(digits + 2) - 1; // -1: no dot; else the dot before digit 'dot' (digits: at the end)
            assertPlainExact((r.nextInt(8) == 0 ? "-" : "") + (dot < 0 ? d : d.substring(0, dot) + "." + d.substring(dot)));
        }
        for (String s : new String[] {"0", "-0", "0.", ".0", "-.5", "5.", "0.1", "0.2", "0.3", "2.675", "1.005",
                "1000.05", "999999999999999", "99999999999999.9", "9.99999999999999", "0.999999999999999",
                "0.000000000000001", ".000000000000001", "123456789012345", "1.00000000000000", "8.98846567431158",
                "0.500000000000001", "000000000000001", "-999999999999999."}) {
            if (s.replaceAll("[-.]", "").length() <= 15) {
                assertPlainExact(s);
            } else {
                assertNotPlain(s); // 16 digits counting the leading zero: the general path
            }
        }
        for (String s : new String[] {"", "-", ".", "-.", "+1", " 1", "1 ", "1234567890123456", "0.0000000000000001",
                "4503599627370497", "nan", "1e5", "1.2.3", "12x", "--1"}) {
            assertNotPlain(s);
        }
    }

    private static void assertNotPlain(String s) {
        PlainRow row = PlainRow.of((byte) ',', DT, new int[] {PlainRow.TIME, DataFeed.CLOSE});
        byte[] b = bytes("2000-01-03 09:30:00," + s + "\n");
        assertEquals(PlainRow.NOT_PLAIN, row.read(b, 0, b.length), s);
    }

    private static void assertPlainExact(String s) {
        PlainRow row = PlainRow.of((byte) ',', DT, new int[] {PlainRow.TIME, DataFeed.CLOSE, DataFeed.VOLUME});
        byte[] b = bytes("2000-01-03 09:30:00," + s + "," + s + "\n");
        assertEquals(DT.parse("2000-01-03 09:30:00"), row.read(b, 0, b.length), s);
        long expected = Double.doubleToRawLongBits(Double.parseDouble(s));
        assertEquals(expected, Double.doubleToRawLongBits(row.values()[DataFeed.CLOSE]), s);
        assertEquals(expected, Double.doubleToRawLongBits(row.values()[DataFeed.VOLUME]), s);
        byte[] field = bytes(s);
        assertEquals(expected, Double.doubleToRawLongBits(AsciiNumbers.parseDouble(field, 0, field.length)), s);
    }

    /**
     * Lines of the plain form with bytes replaced, inserted or deleted: every line the plain
     * reader takes has the general path's time and values, bit for bit, and its line end.
     */
    @Test
    void everyLineItTakesIsReadAsTheGeneralPathReadsIt() {
        SplittableRandom r = new SplittableRandom(3);
        String alphabet = "0123456789.-+e ,;:\r\n\tTx";
        int[][] layouts = {GENERIC, {DataFeed.CLOSE, PlainRow.SKIP, PlainRow.TIME, DataFeed.VOLUME}};
        int taken = 0;
        int left = 0;
        for (int n = 0; n < 60_000; n++) {
            int[] kinds = layouts[n % 2];
            char sep = n % 3 == 0 ? ';' : ',';
            PlainRow row = PlainRow.of((byte) sep, DT, kinds);
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < kinds.length; f++) {
                if (f > 0) {
                    line.append(sep);
                }
                if (kinds[f] == PlainRow.TIME) {
                    line.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", 1900 + r.nextInt(200), 1 + r.nextInt(12),
                        1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60)));
                } else if (kinds[f] == PlainRow.SKIP) {
                    line.append(r.nextBoolean() ? "text" : "");
                } else {
                    line.append(r.nextInt(4) == 0 ? "-" : "").append(r.nextLong(1_000_000_000L) / 100.0);
                }
            }
            if (r.nextInt(4) == 0) {
                line.append(sep).append("more");
            }
            line.append(r.nextBoolean() ? "\n" : "\r\n");
            for (int k = r.nextInt(3); k > 0; k--) {
                FeedTestFiles.mutate(line, r, alphabet);
            }
            String text = "xx" + line + "tail";
            byte[] b = bytes(text);
            long time = row.read(b, 2, b.length);
            if (time == PlainRow.NOT_PLAIN) {
                left++;
                continue;
            }
            taken++;
            int newline = text.indexOf('\n', 2);
            assertEquals(newline, row.newline(), text);
            String content = text.substring(2, newline > 2 && text.charAt(newline - 1) == '\r' ? newline - 1 : newline);
            String[] fields = content.split(sep == ';' ? ";" : ",", -1);
            for (int f = 0; f < kinds.length; f++) {
                byte[] field = bytes(fields[f]);
                if (kinds[f] == PlainRow.TIME) {
                    assertEquals(DT.parse(field, 0, field.length), time, text);
                } else if (kinds[f] >= 0) {
                    assertEquals(Double.doubleToRawLongBits(AsciiNumbers.parseDouble(field, 0, field.length)),
                        Double.doubleToRawLongBits(row.values()[kinds[f]]), text);
                }
            }
        }
        assertTrue(taken > 20_000 && left > 20_000, taken + " taken, " + left + " left");
    }
}
