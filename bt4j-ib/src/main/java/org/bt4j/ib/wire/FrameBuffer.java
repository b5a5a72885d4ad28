package org.bt4j.ib.wire;

import java.io.IOException;
import java.io.InputStream;

/**
 * A receive buffer reused for every frame of one stream, so that reading a message allocates no
 * payload array: {@link #read(InputStream, int)} fills it with the next frame (the same checks and
 * errors as {@link Framing#readFrame(InputStream, int)}), {@link #reader()} reads its fields. The
 * buffer grows to the largest frame up to {@link #RETAINED_MAX} bytes and keeps that size; a
 * larger frame gets an array of its own that is dropped with the next frame. The payload is valid
 * until the next {@code read}: decode it (message records copy what they keep) before reading on.
 *
 * <p>Threading: not thread-safe; one buffer per reading thread.
 */
public final class FrameBuffer {

    /** Largest buffer kept between frames (bytes). */
    public static final int RETAINED_MAX = 1 << 20;

    private byte[] retained = new byte[4096];
    private byte[] buf = retained;
    private int length;

    /**
     * Reads the next frame into this buffer.
     *
     * @param maxSize largest accepted payload in bytes
     * @return false on a clean end of stream before the frame started
     * @throws WireFormatException if the announced length is negative or above {@code maxSize}
     * @throws java.io.EOFException if the stream ends inside a frame
     */
    public boolean read(InputStream in, int maxSize) throws IOException {
        length = 0;
        buf = retained;
        int size = Framing.readHeader(in, maxSize);
        if (size < 0) {
            return false;
        }
        if (size > buf.length) {
            buf = new byte[size];
            if (size <= RETAINED_MAX) {
                retained = buf;
            }
        }
        int got = in.readNBytes(buf, 0, size);
        if (got < size) {
            throw Framing.truncated(size, got);
        }
        length = size;
        return true;
    }

    /** @return the array holding the current payload from index 0 (longer than the payload) */
    public byte[] array() {
        return buf;
    }

    /** @return the current payload's length in bytes */
    public int length() {
        return length;
    }

    /** @return a field reader over the current payload */
    public FieldReader reader() {
        return new FieldReader(buf, 0, length);
    }

    /** @return the current payload with every NUL shown as {@code |} (debug output) */
    @Override
    public String toString() {
        return Framing.render(buf, 0, length);
    }
}
