package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

/** Test helper: the reference's vector notation, where {@code |} stands for each field's NUL. */
final class Vectors {

    private Vectors() {
    }

    static byte[] payload(String vector) {
        return vector.replace('|', '\0').getBytes(StandardCharsets.UTF_8);
    }

    static String encode(ClientMessage m, int version) {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        return w.toString();
    }

    static String encode(ServerMessage m, int version) {
        FieldWriter w = new FieldWriter();
        m.write(w, version);
        return w.toString();
    }

    static ServerMessage decodeServer(String vector, int version) {
        FieldReader r = new FieldReader(payload(vector));
        return ServerMessage.read(r, version);
    }

    static ClientMessage decodeClient(String vector, int version) {
        FieldReader r = new FieldReader(payload(vector));
        return ClientMessage.read(r, version);
    }

    /** Decodes a server vector, checks every field was consumed and that re-encoding gives the same text. */
    static ServerMessage roundTripServer(String vector) {
        FieldReader r = new FieldReader(payload(vector));
        ServerMessage m = ServerMessage.read(r, Wire.MAX_VERSION);
        assertEquals(false, r.hasMore(), "fields left over in " + vector);
        assertEquals(vector, encode(m, Wire.MAX_VERSION));
        return m;
    }

    /** Encodes a client message, checks the text, decodes it back and checks every field was consumed. */
    static ClientMessage roundTripClient(ClientMessage m, String vector) {
        assertEquals(vector, encode(m, Wire.MAX_VERSION));
        FieldReader r = new FieldReader(payload(vector));
        ClientMessage back = ClientMessage.read(r, Wire.MAX_VERSION);
        assertEquals(false, r.hasMore(), "fields left over in " + vector);
        return back;
    }

    static int count(String vector) {
        return (int) vector.chars().filter(c -> c == '|').count();
    }
}
