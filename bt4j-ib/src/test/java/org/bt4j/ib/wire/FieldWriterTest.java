package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FieldWriterTest {

    @Test
    void numberForms() {
        FieldWriter w = new FieldWriter().putInt(-1).putIntMax(Wire.UNSET_INTEGER).putLong(Long.MAX_VALUE)
                .putDouble(0.0).putDouble(187.25).putDouble(Wire.UNSET_DOUBLE).putDoubleMax(Wire.UNSET_DOUBLE)
                .putDouble(Double.POSITIVE_INFINITY).putBool(true).putBool(false);
        assertEquals("-1||9223372036854775807|0.0|187.25|1.7976931348623157E308||Infinity|1|0|", w.toString());
        assertEquals(10, w.fieldCount());
    }

    @Test
    void integersAreWrittenAsTheJdkPrintsThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, -1L, 9L, 10L, -10L, 99L, 100L,
                (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (int i = 0; i < 2_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        FieldWriter w = new FieldWriter();
        StringBuilder expected = new StringBuilder();
        for (long v : values) {
            w.putLong(v);
            expected.append(v).append('|');
            if (v == (int) v) {
                w.putInt((int) v);
                expected.append(v).append('|');
            }
        }
        assertEquals(expected.toString(), w.toString());
    }

    @Test
    void decimalsHaveNoTrailingZeros() {
        FieldWriter w = new FieldWriter().putDecimal(100).putDecimal(-110).putDecimal(948837.22).putDecimal(0.0001)
                .putDecimal(0).putDecimal(Wire.UNSET_DOUBLE).putDecimal(Double.NaN).putDecimal(1e20);
        assertEquals("100|-110|948837.22|0.0001|0|||100000000000000000000|", w.toString());
    }

    @Test
    void textIsEscapedToAscii7() {
        assertEquals("\\u8bc1 ok|", new FieldWriter().putText("\u8bc1 ok").toString());
        assertEquals("caf\u00e9|", new FieldWriter().putString("caf\u00e9").toString());
    }

    @Test
    void nulAndNanAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FieldWriter().putString("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> new FieldWriter().putString("\u00e9\0"));
        assertThrows(IllegalArgumentException.class, () -> new FieldWriter().putDouble(Double.NaN));
    }

    @Test
    void frameIsLengthPrefixedAndBufferIsReused() throws IOException {
        FieldWriter w = new FieldWriter();
        for (int i = 0; i < 100; i++) {
            w.putString("grow-the-buffer");
        }
        w.reset().putInt(71).putInt(2).putInt(7).putEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeFrame(out);
        assertArrayEquals(new byte[] {0, 0, 0, 8, '7', '1', 0, '2', 0, '7', 0, 0}, out.toByteArray());
        assertArrayEquals(Vectors.payload("71|2|7||"), w.toPayload());
    }
}
