package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
