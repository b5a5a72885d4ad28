package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PyFormatTest {

    @Test
    void reprMatchesPython() {
        assertEquals("101.64966666666668", PyFormat.repr(101.64966666666668));
        assertEquals("1e-05", PyFormat.repr(1e-05));
        assertEquals("0.0001", PyFormat.repr(0.0001));
        assertEquals("1e+16", PyFormat.repr(1e16));
        assertEquals("1234567890123456.0", PyFormat.repr(1234567890123456.0));
        assertEquals("100.0", PyFormat.repr(100.0));
        assertEquals("-2.5", PyFormat.repr(-2.5));
        assertEquals("0.1", PyFormat.repr(0.1));
        assertEquals("0.30000000000000004", PyFormat.repr(0.1 + 0.2));
        assertEquals("nan", PyFormat.repr(Double.NaN));
        assertEquals("-inf", PyFormat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", PyFormat.repr(0.0));
        assertEquals("1.5e-10", PyFormat.repr(1.5e-10));
    }

    @Test
    void reprMatchesPythonOnFiveThousandDoubles() throws Exception {
        // vectors printed by CPython 3.11's repr(): prices, sums of prices, random magnitudes, random bits
        try (var in = PyFormatTest.class.getResourceAsStream("py-repr.tsv")) {
            assertEquals(5516, checkAll(in));
        }
    }

    @Test
    void reprMatchesPythonOnSixtyThousandRandomDoubles() throws Exception {
        // vectors printed by CPython's repr() (../../python/py_repr_vectors.py): cash and PnL sums,
        // every magnitude, n/10^d, ties between two shortest texts, powers of two and ten and their
        // neighbours, random bits
        try (var in = new java.util.zip.GZIPInputStream(PyFormatTest.class.getResourceAsStream("py-repr-random.tsv.gz"))) {
            assertEquals(63389, checkAll(in));
        }
    }

    /** Checks every "bits TAB repr" line through the StringBuilder and the byte path; returns the count. */
    private static int checkAll(java.io.InputStream in) throws java.io.IOException {
        String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n");
        byte[] buf = new byte[40];
        int n = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertEquals(f[1], PyFormat.repr(x), f[0]);
            buf[0] = '[';
            int end = PyFormat.repr(x, buf, 1);
            assertEquals(f[1], new String(buf, 1, end - 1, java.nio.charset.StandardCharsets.US_ASCII), f[0]);
            n++;
        }
        return n;
    }

    @Test
    void reprIsTheBigDecimalReprOnPricesTheirSumsAndRandomBits() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(23);
        byte[] buf = new byte[40];
        for (int i = 0; i < 150_000; i++) {
            double x;
            switch (i % 6) {
                case 0 -> x = r.nextLong(1, 100_000_000) / Math.pow(10, r.nextInt(9)); // a price of up to 8 decimals
                case 1 -> x = r.nextLong(1, 10_000_000) / 100.0 - r.nextLong(1, 10_000_000) / 100.0; // a PnL
                case 2 -> x = Double.longBitsToDouble(r.nextLong(Double.doubleToRawLongBits(1e-4),
                    Double.doubleToRawLongBits(1e16))); // any bits in repr's positional range
                case 3 -> x = Math.scalb(1.0, r.nextInt(-13, 53)) * (r.nextBoolean() ? 1 : Math.nextUp(1.0)); // powers of two
                case 4 -> x = Math.nextAfter(Math.pow(10, r.nextInt(-4, 16)), r.nextBoolean() ? 0 : 1e20); // next to powers of ten
                default -> x = r.nextDouble() * Math.pow(10, r.nextInt(-4, 16)); // every magnitude
            }
            if (x == 0 || !Double.isFinite(x)) {
                continue;
            }
            int end = PyFormat.repr(x, buf, 0);
            assertEquals(PyFormat.slowRepr(x), new String(buf, 0, end, java.nio.charset.StandardCharsets.US_ASCII),
                Long.toHexString(Double.doubleToRawLongBits(x)));
        }
    }

    @Test
    void digitsAreLongToStringAroundEveryPowerOfTenAndAtRandom() {
        byte[] buf = new byte[24];
        java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, Long.MAX_VALUE, (long) Integer.MAX_VALUE));
        for (long p = 1; p <= Long.MAX_VALUE / 10; p *= 10) {
            values.addAll(java.util.List.of(p - 1, p, p + 1, 2 * p - 1, 10 * p - 1, 10 * p));
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            values.add(r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63));
        }
        for (long v : values) {
            buf[0] = '[';
            int end = PyFormat.digits(v, buf, 1);
            assertEquals(Long.toString(v), new String(buf, 1, end - 1, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfEven() {
        assertEquals("2.67", PyFormat.fixed(2.675, 2));
        assertEquals("10284.10", PyFormat.fixed(10284.1, 2));
        assertEquals("nan", PyFormat.fixed(Double.NaN, 6));
        assertEquals("-0.50", PyFormat.fixed(-0.5, 2));
        assertEquals(2.67, PyFormat.round(2.675, 2));
        assertEquals("-0.0", PyFormat.repr(PyFormat.round(-0.00001, 4))); // Python's round keeps the sign
    }

    @Test
    void formatIsPythonsPercentOperator() {
        // expected values printed by CPython 3.11: fmt % args
        assertEquals("0007,2.67", PyFormat.format("%04d,%.2f", 7, 2.675));
        assertEquals("+0.125|-3|ab    |", PyFormat.format("%+.3f|% d|%-6s|", 0.125, -3, "ab"));
        assertEquals("100.0%", PyFormat.format("%5.1f%%", 99.95));
        assertEquals("3", PyFormat.format("%d", 3.99));
        assertEquals("0.1 x", PyFormat.format("%s %s", 0.1, "x"));
        assertEquals("-0003.14", PyFormat.format("%08.2f", -3.14159));
        assertEquals("    42|-42   |", PyFormat.format("%6d|%-6d|", 42, -42));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PyFormat.format("%g", 1.0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PyFormat.format("%d %d", 1));
    }
}
