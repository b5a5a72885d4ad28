package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private static FieldReader reader(String vector) {
        return new FieldReader(Vectors.payload(vector));
    }

    @Test
    void everyDoubleFormTwsAndIbClientsSend() {
        FieldReader r = reader("0.0|185.9000|187.25|1.7976931348623157E308|1.7976931348623157e+308|Infinity|Infinite|-1||-|1e-4|");
        assertEquals(0.0, r.readDouble());
        assertEquals(185.9, r.readDouble());
        assertEquals(187.25, r.readDouble());
        assertEquals(Wire.UNSET_DOUBLE, r.readDouble());
        assertEquals(Wire.UNSET_DOUBLE, r.readDouble());
        assertEquals(Double.POSITIVE_INFINITY, r.readDouble());
        assertEquals(Double.POSITIVE_INFINITY, r.readDouble());
        assertEquals(-1.0, r.readDouble());
        assertEquals(0.0, r.readDouble());
        assertEquals(0.0, r.readDouble());
        assertEquals(0.0001, r.readDouble());
        assertFalse(r.hasMore());
    }

    @Test
    void unsetForms() {
        FieldReader r = reader("||-|2147483647||");
        assertEquals(Wire.UNSET_DOUBLE, r.readDoubleMax());
        assertEquals(Wire.UNSET_INTEGER, r.readIntMax());
        assertEquals(Wire.UNSET_INTEGER, r.readIntMax());
        assertEquals(Wire.UNSET_INTEGER, r.readIntMax());
        assertEquals(0, r.readInt());
    }

    @Test
    void decimalsAreNeverParsedAsInt() {
        FieldReader r = reader("948837.22|0.0001|-110|||2147483647|9223372036854775807|1.7976931348623157E308|");
        assertEquals(948837.22, r.readDecimal());
        assertEquals(0.0001, r.readDecimal());
        assertEquals(-110.0, r.readDecimal());
        for (int i = 0; i < 5; i++) {
            assertEquals(Wire.UNSET_DOUBLE, r.readDecimal());
        }
    }

    @Test
    void integersLongsAndBooleans() {
        FieldReader r = reader("-1|2147483647|100.0|9223372036854775807|1376327563|0|1|2|true|false||");
        assertEquals(-1, r.readInt());
        assertEquals(Integer.MAX_VALUE, r.readInt());
        assertEquals(100, r.readInt());
        assertEquals(Long.MAX_VALUE, r.readLong());
        assertEquals(1376327563L, r.readLong());
        assertFalse(r.readBool());
        assertTrue(r.readBool());
        assertTrue(r.readBool());
        assertTrue(r.readBool());
        assertFalse(r.readBool());
        assertFalse(r.readBool());
    }

    @Test
    void plainNumbersReadWithoutStringsEqualTheJdkParsers() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261121L);
        String[] edges = {"0", "-0", "5.", ".5", "-.5", "007", "-007.250", "9007199254740991", "9007199254740993",
            "123456789012345678", "1234567890123456789", "0.0000000000000000000001", "0.00000000000000000000001",
            "999999999", "1000000000", "-2147483648", "4503599627370497.5", "1.7976931348623157", "187.23"};
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(edges));
        for (int i = 0; i < 20_000; i++) {
            long digits = random.nextLong(1, 1_000_000_000_000_000L) / (long) Math.pow(10, random.nextInt(18));
            String t = Long.toString(digits);
            int point = random.nextInt(t.length() + 1);
            t = random.nextBoolean() ? t.substring(0, point) + "." + t.substring(point) : t;
            texts.add(random.nextInt(4) == 0 ? "-" + t : t);
        }
        for (String t : texts) {
            double expected = Double.parseDouble(t);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(reader(t + "|").readDouble()), t);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(reader(t + "|").readDecimal()), t);
            if (t.indexOf('.') < 0) {
                long whole = Long.parseLong(t);
                assertEquals(whole, reader(t + "|").readLong(), t);
                if (whole == (int) whole) {
                    assertEquals((int) whole, reader(t + "|").readInt(), t);
                }
            }
        }
    }

    @Test
    void textIsUnescapedAndUtf8IsRead() {
        FieldReader r = reader("\\u00e9t\\u00e9 \\uzzzz|caf\u00e9|");
        assertEquals("\u00e9t\u00e9 \\uzzzz", r.readText());
        assertEquals("caf\u00e9", r.readString());
    }

    @Test
    void lastFieldWithoutTerminatorIsAccepted() {
        FieldReader r = new FieldReader(new byte[] {'4', '9', 0, '1'});
        assertEquals(49, r.readMessageId());
        assertEquals(1, r.readInt());
        assertFalse(r.hasMore());
    }

    @Test
    void skipOptionalStopsAtTheEnd() {
        FieldReader r = reader("1|2|");
        r.skipOptional(5);
        assertFalse(r.hasMore());
        assertEquals(2, r.fieldIndex());
    }

    @Test
    void errorsNameMessageFieldAndText() {
        FieldReader r = reader("1|6|x|");
        r.readMessageId();
        r.readInt();
        assertEquals("message 1 field 2: 'x' is not an integer",
                assertThrows(WireFormatException.class, r::readInt).getMessage());
        assertEquals("message 1 field 3 is missing: the message ended after 3 fields",
                assertThrows(WireFormatException.class, r::readString).getMessage());
        assertEquals("message field 0: '1.2.3' is not a number",
                assertThrows(WireFormatException.class, () -> reader("1.2.3|").readDouble()).getMessage());
        assertEquals("message field 0: '12.5' is not an integer",
                assertThrows(WireFormatException.class, () -> reader("12.5|").readInt()).getMessage());
    }
}
