package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WireTest {

    @Test
    void unsetSentinelsAreIbsMaxLiterals() {
        assertEquals("2147483647", String.valueOf(Wire.UNSET_INTEGER));
        assertEquals("9223372036854775807", String.valueOf(Wire.UNSET_LONG));
        assertEquals("1.7976931348623157E308", String.valueOf(Wire.UNSET_DOUBLE));
    }

    @Test
    void largestFrameIsSixteenMegabytesLessOne() {
        assertEquals(16 * 1024 * 1024 - 1, Wire.MAX_FRAME_SIZE);
    }

    @Test
    void clientAcceptsExactlyServerVersions176To187() {
        assertFalse(Wire.isSupported(175));
        assertTrue(Wire.isSupported(176));
        assertTrue(Wire.isSupported(181));
        assertTrue(Wire.isSupported(187));
        assertFalse(Wire.isSupported(188));
        assertFalse(Wire.isSupported(201), "the protobuf protocol is out of range");
        assertFalse(Wire.isSupported(-1));
    }
}
