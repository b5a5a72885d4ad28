package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Un-framed legacy requests: where a message ends, and the one clear error for what cannot be read. */
class UnframedReaderTest {

    private static UnframedReader reader(String vector, int max) {
        return new UnframedReader(new ByteArrayInputStream(vector.replace('|', '\0').getBytes(StandardCharsets.US_ASCII)),
                LegacySamples.VERSION, max);
    }

    @Test
    void aMessageEndsWhereItsLayoutDoes() throws Exception {
        UnframedReader r = reader("7|49|1|8|1|5|2|1|16777218|", 1024); // client id, reqCurrentTime, reqIds, cancelMktData
        assertEquals(new ClientMessage.StartApi(7, ""), r.readClientId());
        assertEquals(new ClientMessage.ReqCurrentTime(), r.read());
        assertEquals(new ClientMessage.ReqIds(5), r.read());
        assertEquals(new ClientMessage.CancelMktData(16777218), r.read());
        assertNull(r.read());
    }

    @Test
    void aStreamEndingInsideAMessageIsAnEndOfFile() {
        EOFException e = assertThrows(EOFException.class, () -> reader("8|1|", 1024).read());
        assertTrue(e.getMessage().contains("inside a legacy message"), e.getMessage());
        assertThrows(EOFException.class, () -> reader("49|1", 1024).read(), "inside a field");
    }

    @Test
    void anIdTheLegacyProtocolDoesNotHaveIsRefusedInOneLine() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> reader("71|2|7||", 1024).read());
        assertEquals("message 71 does not exist in the legacy (pre-v100) protocol", e.getMessage());
        e = assertThrows(WireFormatException.class, () -> reader("21|1|", 1024).read()); // exerciseOptions
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }

    @Test
    void aMessageLongerThanTheLimitIsRefused() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> reader("6|2|1|" + "D".repeat(600) + "|", 512).read());
        assertTrue(e.getMessage().contains("exceeds 512 bytes"), e.getMessage());
    }

    @Test
    void aFramedVersionIsNotLegacy() {
        assertThrows(IllegalArgumentException.class,
                () -> new UnframedReader(new ByteArrayInputStream(new byte[0]), ServerVersion.MIN_FRAMED, 1024));
    }
}
