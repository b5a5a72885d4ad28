package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingTest {

    private static ByteArrayInputStream in(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new ByteArrayInputStream(b);
    }

    @Test
    void clientHelloBytesMatchTheReference() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Framing.writeClientHello(out, new VersionRange(100, 187, ""));
        assertArrayEquals(new byte[] {0x41, 0x50, 0x49, 0x00, 0, 0, 0, 9, 0x76, 0x31, 0x30, 0x30, 0x2e, 0x2e, 0x31,
                0x38, 0x37}, out.toByteArray());
        assertEquals(new VersionRange(100, 187, ""), Framing.readClientHello(new ByteArrayInputStream(out.toByteArray())));
        out.reset();
        Framing.writeClientHello(out, VersionRange.CLIENT);
        assertEquals("API\0\0\0\0\u0009v176..187", out.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void serverHelloHasTwoFieldsAndMultiWordZones() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Framing.writeServerHello(out, 187, "20240105 09:15:02 Greenwich Mean Time");
        Framing.ServerHello h = Framing.readServerHello(new ByteArrayInputStream(out.toByteArray()), Wire.MAX_FRAME_SIZE);
        assertEquals(new Framing.ServerHello(187, "20240105 09:15:02 Greenwich Mean Time"), h);
    }

    @Test
    void oversizedFrameIsRefusedBeforeReading() {
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> Framing.readFrame(in(0x01, 0x00, 0x00, 0x00), Wire.MAX_FRAME_SIZE));
        assertEquals("bad message length: a frame announced 16777216 bytes, the maximum is 16777215"
                + " (is the peer speaking the TWS API?)", e.getMessage());
        assertThrows(WireFormatException.class, () -> Framing.readFrame(in(0xff, 0xff, 0xff, 0xff), 100));
        assertThrows(WireFormatException.class, () -> Framing.readFrame(in(0, 0, 0, 101), 100));
    }

    @Test
    void truncatedFramesAndCleanEnd() throws IOException {
        assertNull(Framing.readFrame(in(), 100));
        assertThrows(EOFException.class, () -> Framing.readFrame(in(0, 0), 100));
        assertThrows(EOFException.class, () -> Framing.readFrame(in(0, 0, 0, 5, '4', '9'), 100));
        assertArrayEquals(new byte[] {'4', '9', 0}, Framing.readFrame(in(0, 0, 0, 3, '4', '9', 0), 100));
    }

    @Test
    void peerThatIsNotTwsGetsAClearError() {
        ByteArrayInputStream http = new ByteArrayInputStream("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        WireFormatException e = assertThrows(WireFormatException.class, () -> Framing.readClientHello(http));
        assertEquals("not a TWS API client: the connection did not start with \"API\\0\" (got GET )", e.getMessage());
        ByteArrayInputStream html = new ByteArrayInputStream("HTTP/1.1 400 Bad".getBytes(StandardCharsets.US_ASCII));
        assertThrows(WireFormatException.class, () -> Framing.readServerHello(html, Wire.MAX_FRAME_SIZE));
    }

    @Test
    void writeFrameRoundTrip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Framing.writeFrame(out, Vectors.payload("49|1|"));
        assertArrayEquals(Vectors.payload("49|1|"),
                Framing.readFrame(new ByteArrayInputStream(out.toByteArray()), Wire.MAX_FRAME_SIZE));
        assertEquals("49|1|\\x01", Framing.render(new byte[] {'4', '9', 0, '1', 0, 1}, 0, 6));
    }

    @Test
    void aFrameLeavesInOneWrite() throws IOException {
        List<Integer> writes = new ArrayList<>();
        OutputStream counting = new OutputStream() {
            @Override public void write(int b) { writes.add(1); }
            @Override public void write(byte[] b, int off, int len) { writes.add(len); }
        };
        Framing.writeFrame(counting, Vectors.payload("49|1|"));
        new FieldWriter().putInt(187).putString("20240105 09:15:02 EST").writeFrame(counting);
        assertEquals(List.of(4 + 5, 4 + 26), writes, "the official client drops a handshake reply that arrives in pieces");
    }
}
