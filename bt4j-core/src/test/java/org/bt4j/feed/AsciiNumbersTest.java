package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return AsciiNumbers.parseDouble(b, 0, b.length);
    }

    @Test
    void matchesJavaOnManyDecimals() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            String s;
            switch (i % 4) {
                case 0: s = (r.nextLong(1, 100_000_000) / 100) + "." + String.format("%02d", r.nextInt(100)); break;
                case 1: s = String.format("%.6f", r.nextDouble() * 1000); break;
                case 2: s = Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(-30, 30))); break;
                default: s = Long.toString(r.nextLong(0, Long.MAX_VALUE)); break;
            }
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(parse(s)), s);
        }
    }

    /**
     * The plain decimals of price files ({@code [-]digits[.digits]}, up to 15 digits) take the
     * one-division path; it gives Java's own {@code Double.parseDouble} double, bit for bit, on
     * every dot position, sign, leading or trailing zeros and the largest mantissas, and stops at
     * the first byte that cannot continue the number.
     */
    @Test
    void plainDecimalsAreExactlyJavasDouble() {
        SplittableRandom r = new SplittableRandom(42);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            int digits = 1 + r.nextInt(15);
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < digits; k++) {
                // mostly random digits, sometimes runs of 9s and 0s (carries, halfway-looking tails)
                int kind = r.nextInt(10);
                d.append(kind == 0 ? '9' : kind == 1 ? '0' : (char) ('0' + r.nextInt(10)));
            }
            int dot = r.nextInt(digits + 2) - 1; // -1: no dot; else the dot before digit 'dot' (digits: at the end)
            String s = (r.nextInt(8) == 0 ? "-" : "") + (dot < 0 ? d : d.substring(0, dot) + "." + d.substring(dot));
            assertPlainExact(s);
            checked++;
        }
        for (String s : new String[] {"0", "-0", "0.", ".0", "-.5", "5.", "0.1", "0.2", "0.3", "2.675", "1.005",
                "1000.05", "999999999999999", "99999999999999.9", "9.99999999999999", "0.999999999999999",
                "0.000000000000001", ".000000000000001", "123456789012345", "4503599627370497", "1.00000000000000",
                "8.98846567431158", "0.500000000000001", "000000000000001", "-999999999999999."}) {
            if (s.replace("-", "").replace(".", "").length() <= 15) {
                assertPlainExact(s);
            } else {
                assertEquals(AsciiNumbers.NOT_PLAIN, scan(s), s);
            }
        }
        assertEquals(400_000, checked);
    }

    private static long scan(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return AsciiNumbers.scanPlain(b, 0, b.length);
    }

    private static void assertPlainExact(String s) {
        long plain = scan(s);
        assertEquals(s.length(), AsciiNumbers.plainLength(plain), s);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(AsciiNumbers.plainValue(plain)), s);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(parse(s)), s);
        byte[] b = (s + ",7\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(plain, AsciiNumbers.scanPlain(b, 0, b.length), "stops at the separator: " + s);
    }

    @Test
    void notPlainTextIsLeftToTheGeneralPath() {
        for (String s : new String[] {"", "-", ".", "-.", "+1", " 1", "1234567890123456", "0.0000000000000001", "nan", "e5"}) {
            assertEquals(AsciiNumbers.NOT_PLAIN, scan(s), s);
        }
        // a plain start: the caller sees that the text goes on
        for (String s : new String[] {"1e5", "1.5 ", "1.2.3", "12x"}) {
            assertTrue(AsciiNumbers.plainLength(scan(s)) < s.length(), s);
        }
    }

    @Test
    void pythonSpellings() {
        assertEquals(1.5, parse(" +1.5 "));
        assertEquals(-0.5, parse("-.5"));
        assertEquals(5.0, parse("5."));
        assertEquals(1e-5, parse("1e-05"));
        assertEquals(120.0, parse("1.2E+2"));
        assertEquals(Double.NEGATIVE_INFINITY, parse("-inf"));
        assertEquals(Double.POSITIVE_INFINITY, parse("Infinity"));
        assertEquals(Double.NaN, parse("nan"));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(parse("-0.0")));
        assertEquals(0.1 + 0.2 == 0.30000000000000004, parse("0.30000000000000004") == 0.1 + 0.2);
    }

    @Test
    void refusesWhatPythonRefuses() {
        for (String s : new String[] {"", " ", "abc", "1.5d", "0x10", "1e", "1.2.3", "--1", "1,5", "."}) {
            assertThrows(NumberFormatException.class, () -> parse(s), s);
        }
    }

    @Test
    void digits() {
        byte[] b = "12345x".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(12345, AsciiNumbers.parseDigits(b, 0, 5));
        assertEquals(-1, AsciiNumbers.parseDigits(b, 0, 6));
        assertEquals(-1, AsciiNumbers.parseDigits(b, 0, 0));
    }

    private static String write(double x) {
        byte[] b = new byte[40];
        int n = AsciiNumbers.writeDouble(b, 0, x);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Test
    void writesShortPlainDecimals() {
        assertEquals("50.07", write(50.07));
        assertEquals("6749.0", write(6749));
        assertEquals("-0.5", write(-0.5));
        assertEquals("0.0", write(0.0));
        assertEquals("-0.0", write(-0.0));
        assertEquals("nan", write(Double.NaN));
        assertEquals("-inf", write(Double.NEGATIVE_INFINITY));
        assertEquals("15.096152", write(15.096152));
        assertEquals("0.30000000000000004", write(0.1 + 0.2));
        assertEquals("1e+20", write(1e20));
        assertEquals("1.5e-10", write(1.5e-10));
    }

    @Test
    void writtenTextReadsBackExactly() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double x;
            switch (i % 4) {
                case 0: x = r.nextLong(1, 100_000_000) / 100.0; break;
                case 1: x = r.nextDouble() * 1000 / 7; break;
                case 2: x = r.nextDouble() * Math.pow(10, r.nextInt(-30, 30)); break;
                default: x = Math.round(r.nextDouble() * 1e6) / 1e4 * (r.nextBoolean() ? 1 : -1); break;
            }
            String s = write(x);
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(AsciiNumbers.parseDouble(b, 0, b.length)), s);
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(Double.parseDouble(s)), s);
        }
    }
}
