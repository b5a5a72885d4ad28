package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

    @Test
    void parsesEveryClientsGreeting() {
        assertEquals(new VersionRange(176, 187, ""), VersionRange.parse("v176..187"));
        assertEquals(new VersionRange(100, 187, "+PACEAPI"), VersionRange.parse("v100..187 +PACEAPI"));
        assertEquals(new VersionRange(187, 187, ""), VersionRange.parse("v187"));
        assertEquals("v100..187 +PACEAPI", VersionRange.parse("v100..187 +PACEAPI").toString());
    }

    @Test
    void negotiation() {
        assertEquals(187, VersionRange.parse("v100..187").negotiate(176, 187));
        assertEquals(178, VersionRange.parse("v157..178").negotiate(176, 187));
        assertEquals(187, VersionRange.parse("v176..213").negotiate(176, 187));
        assertEquals(-1, VersionRange.parse("v100..175").negotiate(176, 187));
        assertEquals(-1, VersionRange.parse("v190..213").negotiate(176, 187));
    }

    @Test
    void garbageIsAClearError() {
        assertEquals("not a TWS API client: bad version range \"hello\"",
                assertThrows(WireFormatException.class, () -> VersionRange.parse("hello")).getMessage());
        assertThrows(WireFormatException.class, () -> VersionRange.parse("v9..1"));
    }
}
