package org.bt4j.ib.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the client messages of a legacy (pre-v100) session, which carry no length: a message ends
 * where its layout says it does. The layout is {@link ClientMessage#read(FieldReader, int)}'s at the
 * session's version (below {@link ServerVersion#MIN_FRAMED}): fields are taken from the stream one at a time and the
 * message is decoded again after each one until the decoder no longer {@linkplain FieldReader#ranOut()
 * runs out}, so the one codec decides where every message ends. A message longer than the frame
 * limit, or an id the legacy layouts do not cover, is a {@link WireFormatException}.
 *
 * <p>Threading: not thread-safe; one reader per connection's reading thread.
 */
public final class UnframedReader {

    private final InputStream in;
    private final int version;
    private final int maxSize;
    private byte[] buf = new byte[256];
    private int len;

    /**
     * @param in      the socket's input, after the handshake's client version
     * @param version the session's version (the client's, below {@link ServerVersion#MIN_FRAMED})
     * @param maxSize longest message accepted, in bytes
     */
    public UnframedReader(InputStream in, int version, int maxSize) {
        if (version >= ServerVersion.MIN_FRAMED) {
            throw new IllegalArgumentException("version " + version + " is framed, not legacy");
        }
        this.in = in;
        this.version = version;
        this.maxSize = maxSize;
    }

    /**
     * Reads the bare client id a legacy client sends after the server's reply (its START_API).
     *
     * @return the START_API it stands for, or {@code null} if the stream ended first
     */
    public ClientMessage.StartApi readClientId() throws IOException {
        len = 0;
        if (!readField()) {
            return null;
        }
        return new ClientMessage.StartApi(new FieldReader(buf, 0, len).readInt(), "");
    }

    /**
     * Reads the next message.
     *
     * @return the message, or {@code null} on a clean end of stream between messages
     * @throws EOFException if the stream ends inside a message
     */
    public ClientMessage read() throws IOException {
        len = 0;
        while (true) {
            if (!readField()) {
                if (len == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a legacy message ("
                        + Framing.render(buf, 0, Math.min(len, 60)) + ")");
            }
            FieldReader r = new FieldReader(buf, 0, len);
            try {
                return ClientMessage.read(r, version);
            } catch (WireFormatException e) {
                if (!r.ranOut()) {
                    throw e;
                }
            }
        }
    }

    /** Appends one NUL-terminated field; false if the stream ended before its first byte. */
    private boolean readField() throws IOException {
        int start = len;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (len == start) {
                    return false;
                }
                throw new EOFException("connection closed inside a field");
            }
            if (len == buf.length) {
                if (len >= maxSize) {
                    throw new WireFormatException("a legacy message exceeds " + maxSize + " bytes");
                }
                buf = java.util.Arrays.copyOf(buf, Math.min(maxSize, len * 2));
            }
            buf[len++] = (byte) b;
            if (b == 0) {
                return true;
            }
        }
    }
}
