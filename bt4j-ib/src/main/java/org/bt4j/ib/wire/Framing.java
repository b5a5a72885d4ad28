package org.bt4j.ib.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Frame-level I/O of the TWS protocol, the same for both directions: a frame is a 4-byte
 * big-endian payload length followed by the payload. Also the handshake: the client's
 * {@code API\0} greeting with its version range (or a legacy client's bare version number),
 * and the server's two-field reply. Frames longer than {@link Wire#MAX_FRAME_SIZE} (or a configured smaller
 * maximum) are refused with a {@link WireFormatException} before any payload is read.
 *
 * <p>Threading: stateless; each stream must be used by one thread at a time.
 */
public final class Framing {

    private static final byte[] API_MAGIC = {'A', 'P', 'I', 0};

    private Framing() {
    }

    /**
     * Reads one frame.
     *
     * @param maxSize largest accepted payload in bytes
     * @return the payload, or {@code null} on a clean end of stream before the frame started
     * @throws WireFormatException if the announced length is negative or above {@code maxSize}
     * @throws EOFException if the stream ends inside a frame
     */
    public static byte[] readFrame(InputStream in, int maxSize) throws IOException {
        int size = readHeader(in, maxSize);
        if (size < 0) {
            return null;
        }
        byte[] payload = in.readNBytes(size);
        if (payload.length < size) {
            throw truncated(size, payload.length);
        }
        return payload;
    }

    /**
     * Reads one frame's 4-byte header.
     *
     * @return the payload length, or -1 on a clean end of stream before the frame started
     */
    static int readHeader(InputStream in, int maxSize) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return -1;
        }
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        if ((b1 | b2 | b3) < 0) {
            throw new EOFException("connection closed inside a frame header");
        }
        int size = (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
        if (size < 0 || size > maxSize) {
            throw new WireFormatException("bad message length: a frame announced "
                    + Integer.toUnsignedString(size) + " bytes, the maximum is " + maxSize
                    + " (is the peer speaking the TWS API?)");
        }
        return size;
    }

    static EOFException truncated(int size, int got) {
        return new EOFException("connection closed inside a frame of " + size + " bytes (got " + got + ")");
    }

    /**
     * Writes {@code payload} as one frame, in a single {@code write}: IB's official client assumes the
     * handshake reply arrives whole and never sends START_API when its length comes apart from it.
     */
    public static void writeFrame(OutputStream out, byte[] payload) throws IOException {
        out.write(frame(payload, payload.length));
    }

    /** The first {@code len} bytes of {@code payload} behind their 4-byte big-endian length. */
    static byte[] frame(byte[] payload, int len) {
        checkSize(len);
        byte[] f = new byte[4 + len];
        f[0] = (byte) (len >>> 24);
        f[1] = (byte) (len >>> 16);
        f[2] = (byte) (len >>> 8);
        f[3] = (byte) len;
        System.arraycopy(payload, 0, f, 4, len);
        return f;
    }

    /** Client side: sends {@code API\0} and the length-prefixed version text, e.g. {@code v176..187}. */
    public static void writeClientHello(OutputStream out, VersionRange range) throws IOException {
        out.write(API_MAGIC);
        writeFrame(out, range.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Server side: reads the client's greeting: {@code API\0} and a framed version range, or (the
     * legacy pre-v100 protocol of IbPy and TWS 9.x) the client's version as a bare number field,
     * which comes back as the one-version range {@code v<n>..<n>} with {@code n <} {@link ServerVersion#MIN_FRAMED}.
     *
     * @return the client's version range, or {@code null} if the stream ended before any byte
     * @throws WireFormatException if the peer starts with neither, or sends a version text that
     *                             cannot be parsed
     */
    public static VersionRange readClientHello(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        if (first >= '0' && first <= '9') {
            return readLegacyClientVersion(in, first);
        }
        byte[] magic = new byte[4];
        magic[0] = (byte) first;
        int got = 1 + in.readNBytes(magic, 1, 3);
        for (int i = 0; i < 4; i++) {
            if (i >= got || magic[i] != API_MAGIC[i]) {
                throw new WireFormatException("not a TWS API client: the connection did not start with \"API\\0\" (got "
                        + render(magic, 0, got) + ")");
            }
        }
        byte[] text = readFrame(in, 1024);
        if (text == null) {
            throw new EOFException("connection closed after the API greeting, before the version range");
        }
        return VersionRange.parse(new String(text, StandardCharsets.US_ASCII));
    }

    private static VersionRange readLegacyClientVersion(InputStream in, int first) throws IOException {
        int v = first - '0';
        for (int digits = 1;; digits++) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside the client version");
            }
            if (b == 0) {
                break;
            }
            if (b < '0' || b > '9' || digits >= 9) {
                throw new WireFormatException("not a TWS API client: bad legacy client version (got byte " + b + ")");
            }
            v = v * 10 + b - '0';
        }
        if (v <= 0 || v >= ServerVersion.MIN_FRAMED) {
            throw new WireFormatException("not a TWS API client: legacy client version " + v + " is not below 100");
        }
        return new VersionRange(v, v, "");
    }

    /**
     * Server side: the handshake reply, two fields (version, connection time) written in one socket
     * write: a frame, or the bare fields for a legacy client
     * ({@code clientVersion <} {@link ServerVersion#MIN_FRAMED}).
     */
    public static void writeServerHello(OutputStream out, int clientVersion, int serverVersion, String connectionTime)
            throws IOException {
        out.write(new FieldWriter().putInt(serverVersion).putString(connectionTime).toWire(clientVersion));
        out.flush();
    }

    /** Server side: the framed handshake reply in one socket write. */
    public static void writeServerHello(OutputStream out, int serverVersion, String connectionTime) throws IOException {
        writeServerHello(out, serverVersion, serverVersion, connectionTime);
    }

    /**
     * Client side: reads the handshake reply.
     *
     * @throws WireFormatException if the reply is not a version number and a time
     * @throws EOFException if the server closed the connection instead of answering
     */
    public static ServerHello readServerHello(InputStream in, int maxSize) throws IOException {
        byte[] payload = readFrame(in, maxSize);
        if (payload == null) {
            throw new EOFException("the server closed the connection during the handshake");
        }
        FieldReader r = new FieldReader(payload);
        int version;
        try {
            version = r.readInt();
        } catch (WireFormatException e) {
            throw new WireFormatException("not a TWS server: the handshake reply does not start with a version number ("
                    + render(payload, 0, Math.min(payload.length, 40)) + ")");
        }
        String time = r.hasMore() ? r.readString() : "";
        return new ServerHello(version, time);
    }

    /** The server's handshake reply: negotiated version and TWS's connection time text. */
    public record ServerHello(int serverVersion, String connectionTime) {
    }

    static void checkSize(int len) {
        if (len > Wire.MAX_FRAME_SIZE) {
            throw new WireFormatException("message of " + len + " bytes exceeds the maximum frame size " + Wire.MAX_FRAME_SIZE);
        }
    }

    /** @return bytes with NUL shown as {@code |} and other control bytes as {@code \xNN} */
    public static String render(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                sb.append('|');
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
