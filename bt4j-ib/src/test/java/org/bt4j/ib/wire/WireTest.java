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
    void speaksExactlyServerVersions176To187() {
        assertFalse(Wire.isSupported(175));
        assertTrue(Wire.isSupported(176));
        assertTrue(Wire.isSupported(181));
        assertTrue(Wire.isSupported(187));
        assertFalse(Wire.isSupported(188));
        assertFalse(Wire.isSupported(201), "the protobuf protocol is out of range");
        assertFalse(Wire.isSupported(-1));
    }

    @Test
    void everyLayoutGateLiesInsideTheSpokenRangeInProtocolOrder() {
        int[] gates = {Wire.FA_PROFILE_DESUPPORT, Wire.PENDING_PRICE_REVISION, Wire.FUND_DATA_FIELDS,
                Wire.LAST_TRADE_DATE, Wire.CUSTOMER_ACCOUNT, Wire.PROFESSIONAL_CUSTOMER, Wire.BOND_ACCRUED_INTEREST,
                Wire.INELIGIBILITY_REASONS, Wire.RFQ_FIELDS};
        int[] expected = {177, 178, 179, 182, 183, 184, 185, 186, 187};
        for (int i = 0; i < gates.length; i++) {
            assertEquals(expected[i], gates[i]);
            assertTrue(Wire.isSupported(gates[i]));
        }
    }
}
