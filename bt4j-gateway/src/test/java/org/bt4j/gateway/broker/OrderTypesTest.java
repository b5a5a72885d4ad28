package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderTypesTest {

    @Test
    void canonicalSpellingsPassThroughUpperCased() {
        for (String t : OrderTypes.SUPPORTED) {
            assertEquals(t, OrderTypes.normalise(t));
            assertEquals(t, OrderTypes.normalise(t.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void aliasesMapToIbsSpelling() {
        assertEquals("STP LMT", OrderTypes.normalise("STPLMT"));
        assertEquals("STP LMT", OrderTypes.normalise("stop limit"));
        assertEquals("STP LMT", OrderTypes.normalise("  stp   lmt "), "inner runs of blanks collapse");
        assertEquals("TRAIL LIMIT", OrderTypes.normalise("TRAILLMT"));
        assertEquals("TRAIL LIMIT", OrderTypes.normalise("trail lmt"));
        assertEquals("TRAIL LIMIT", OrderTypes.normalise("TrailLimit"));
        assertEquals("STP", OrderTypes.normalise("Stop"));
        assertEquals("LMT", OrderTypes.normalise("limit"));
        assertEquals("MKT", OrderTypes.normalise("market"));
    }

    @Test
    void unknownTypesStayRecognisablyUnsupported() {
        assertEquals("", OrderTypes.normalise(null));
        assertEquals("", OrderTypes.normalise("   "));
        assertEquals("REL", OrderTypes.normalise("rel"));
        assertFalse(OrderTypes.SUPPORTED.contains(OrderTypes.normalise("rel")));
        assertFalse(OrderTypes.SUPPORTED.contains(OrderTypes.normalise("MIT")));
    }

    @Test
    void priceRequirementsFollowIbsOrderFields() {
        // lmtPrice carries the limit of LMT and STP LMT; auxPrice the stop of STP and STP LMT.
        assertTrue(OrderTypes.needsLimit("LMT"));
        assertTrue(OrderTypes.needsLimit("STP LMT"));
        assertFalse(OrderTypes.needsLimit("MKT"));
        assertFalse(OrderTypes.needsLimit("STP"));
        assertFalse(OrderTypes.needsLimit("MOC"));
        assertTrue(OrderTypes.needsStop("STP"));
        assertTrue(OrderTypes.needsStop("STP LMT"));
        assertFalse(OrderTypes.needsStop("LMT"));
        assertFalse(OrderTypes.needsStop("TRAIL"), "a trailing order's auxPrice is the trailing amount, not a stop");
        assertTrue(OrderTypes.isTrailing("TRAIL"));
        assertTrue(OrderTypes.isTrailing("TRAIL LIMIT"));
        assertFalse(OrderTypes.isTrailing("STP"));
    }
}
