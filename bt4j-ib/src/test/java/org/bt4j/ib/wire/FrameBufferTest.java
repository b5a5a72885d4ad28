package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameBufferTest {

    private static byte[] frames(String... payloads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : payloads) {
            Framing.writeFrame(out, Vectors.payload(p));
        }
        return out.toByteArray();
    }

    @Test
    void readsFrameAfterFrameIntoOneArray() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(frames("1|2|1001|4|187.23|300|0|", "49|1|1704465000|"));
        FrameBuffer frame = new FrameBuffer();
        assertTrue(frame.read(in, Wire.MAX_FRAME_SIZE));
        byte[] first = frame.array();
        assertEquals("1|2|1001|4|187.23|300|0|", frame.toString());
        assertEquals(new ServerMessage.TickPrice(1001, 4, 187.23, 300, 0), ServerMessage.read(frame.reader(), 187));
        assertTrue(frame.read(in, Wire.MAX_FRAME_SIZE));
        assertSame(first, frame.array(), "the payload array is reused");
        assertEquals(16, frame.length());
        assertEquals(new ServerMessage.CurrentTime(1704465000L), ServerMessage.read(frame.reader(), 187));
        assertFalse(frame.read(in, Wire.MAX_FRAME_SIZE), "clean end of stream");
        assertEquals(0, frame.length());
    }

    @Test
    void growsForLargeFramesAndKeepsOnlyModerateOnes() throws IOException {
        char[] big = new char[10_000];
        Arrays.fill(big, 'x');
        char[] huge = new char[FrameBuffer.RETAINED_MAX + 1];
        Arrays.fill(huge, 'y');
        ByteArrayInputStream in = new ByteArrayInputStream(frames(new String(big) + "|", new String(huge) + "|", "1|"));
        FrameBuffer frame = new FrameBuffer();
        assertTrue(frame.read(in, Wire.MAX_FRAME_SIZE));
        assertEquals(new String(big), frame.reader().readString());
        byte[] grown = frame.array();
        assertTrue(frame.read(in, Wire.MAX_FRAME_SIZE));
        assertEquals(FrameBuffer.RETAINED_MAX + 2, frame.length());
        assertNotSame(grown, frame.array(), "a frame over the retained maximum gets its own array");
        assertTrue(frame.read(in, Wire.MAX_FRAME_SIZE));
        assertSame(grown, frame.array(), "and the moderate array is used again after it");
        assertEquals(1, frame.reader().readInt());
    }

    @Test
    void sameErrorsAsFraming() throws IOException {
        byte[] whole = frames("1|2|3|");
        FrameBuffer frame = new FrameBuffer();
        ByteArrayInputStream cut = new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 2));
        assertEquals("connection closed inside a frame of 6 bytes (got 4)",
                assertThrows(EOFException.class, () -> frame.read(cut, Wire.MAX_FRAME_SIZE)).getMessage());
        assertEquals("connection closed inside a frame header",
                assertThrows(EOFException.class, () -> frame.read(new ByteArrayInputStream(new byte[] {0, 0}), 10))
                        .getMessage());
        WireFormatException tooLong = assertThrows(WireFormatException.class,
                () -> frame.read(new ByteArrayInputStream(whole), 5));
        assertEquals("bad message length: a frame announced 6 bytes, the maximum is 5 (is the peer speaking the TWS API?)",
                tooLong.getMessage());
    }
}
