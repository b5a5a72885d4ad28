package org.bt4j.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Bytes {@code [from, to)} of an open file as a stream of positional reads: the channel's own
 * position is left alone and the channel stays open (its owner closes it), so several ranges of
 * one file can be read at once. {@link #transferTo} into a {@link FileAppendable} stream copies
 * the rest by the kernel. One thread per stream.
 */
public final class FileRangeInput extends InputStream {

    private final FileChannel channel;
    private long position;
    private final long to;

    /** Bytes {@code [from, to)} of {@code channel}. */
    public FileRangeInput(FileChannel channel, long from, long to) {
        this.channel = channel;
        this.position = from;
        this.to = to;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= to) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - position)), position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    /** Copies the rest to {@code out}: by the kernel when {@code out} is {@link FileAppendable}, else in 64 KiB reads. */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        long rest = Math.max(0, to - position);
        if (out instanceof FileAppendable f) {
            f.append(channel, position, rest);
            position = to;
            return rest;
        }
        byte[] buf = new byte[1 << 16];
        for (int n; (n = read(buf, 0, buf.length)) >= 0; ) {
            out.write(buf, 0, n);
        }
        return rest;
    }
}
