package org.bt4j.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bt4j.BadInputException;

/**
 * Reads a bar file's bars in order through a window of {@value #BARS} bars per column, filled by
 * positional reads of the file (one per column per window) rather than through a mapping: a file
 * streamed to its end leaves no resident pages behind, so a streamed run's memory stays flat in
 * resident size as well as in heap. Engine thread only; {@link #close} releases the file.
 */
final class BarWindow implements AutoCloseable {

    /** Bars per window. */
    static final int BARS = 4096;

    private final Path path;
    private final FileChannel channel;
    private final int count;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(BARS * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final long[] times = new long[BARS];
    private final double[][] values = new double[BarFile.COLUMNS][BARS];
    private int start = -1;
    private int length;

    /** A window over the {@code count} bars of {@code file} (its header already checked). */
    BarWindow(Path file, int count) {
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        this.path = file;
        this.count = count;
    }

    /** The time of bar {@code i}, moving the window when {@code i} is outside it. */
    long time(int i) {
        at(i);
        return times[i - start];
    }

    /** Value column {@code column} (1..6, file order) of bar {@code i}; call {@link #time} for bar {@code i} first. */
    double value(int column, int i) {
        return values[column][i - start];
    }

    private void at(int i) {
        if (i >= start && i < start + length) {
            return;
        }
        start = i;
        length = Math.min(BARS, count - i);
        for (int c = 0; c < BarFile.COLUMNS; c++) {
            read(c);
            if (c == 0) {
                buf.asLongBuffer().get(times, 0, length);
            } else {
                buf.asDoubleBuffer().get(values[c], 0, length);
            }
        }
    }

    private void read(int column) {
        long pos = BarFile.HEADER_BYTES + ((long) column * count + start) * Long.BYTES;
        buf.clear().limit(length * Long.BYTES);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, pos + buf.position()) < 0) {
                    throw new IOException("unexpected end of file");
                }
            }
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        }
        buf.flip();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }
}
