package org.bt4j.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.zip.CRC32C;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.AtomicFile;
import org.bt4j.util.FileAppendable;

/**
 * Writes a {@link BarFile} bar by bar with flat memory, whatever the number of bars: each column
 * streams into its own scratch file beside the target (64 KiB buffer each, checksummed on the
 * way), and {@link #commit()} joins header and columns into a temporary file that is moved over
 * the target ({@link AtomicFile}), so the target is either the complete new file or untouched.
 * {@link #close()} without a commit removes every scratch file. Bar times must strictly increase.
 * The bars of a preloaded feed, whose columns are all there, go straight into the temporary file
 * instead ({@link #write}). One thread at a time.
 */
public final class BarFileWriter implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final Path target;
    private final ZoneId zone;
    private final TimeFrame timeFrame;
    private final int compression;
    private final LocalTime sessionStart;
    private final LocalTime sessionEnd;
    private final Path[] scratch = new Path[BarFile.COLUMNS];
    private final FileChannel[] channels = new FileChannel[BarFile.COLUMNS];
    private final ByteBuffer[] buffers = new ByteBuffer[BarFile.COLUMNS];
    private final CRC32C[] crcs = new CRC32C[BarFile.COLUMNS];
    /** The target's temporary file when the columns are written straight into it, else null. */
    private AtomicFile direct;
    private int count;
    private long lastTime = Long.MIN_VALUE;
    private boolean done;

    private BarFileWriter(Path target, ZoneId zone, TimeFrame timeFrame, int compression, LocalTime sessionStart,
                          LocalTime sessionEnd) {
        this.target = target.toAbsolutePath();
        this.zone = zone;
        this.timeFrame = timeFrame;
        this.compression = compression;
        this.sessionStart = sessionStart;
        this.sessionEnd = sessionEnd;
    }

    /**
     * A writer of bars of the given size, read in {@code zone}, with the given session times.
     *
     * @throws IllegalArgumentException for a null argument, compression below 1 or a zone id the
     *         format cannot hold
     * @throws UncheckedIOException when the scratch files cannot be created
     */
    public static BarFileWriter create(Path target, ZoneId zone, TimeFrame timeFrame, int compression,
                                       LocalTime sessionStart, LocalTime sessionEnd) {
        BarFileWriter w = unopened(target, zone, timeFrame, compression, sessionStart, sessionEnd);
        w.openScratch();
        return w;
    }

    /** A writer with these settings, checked, that has opened no file yet. */
    private static BarFileWriter unopened(Path target, ZoneId zone, TimeFrame timeFrame, int compression,
                                          LocalTime sessionStart, LocalTime sessionEnd) {
        if (target == null || zone == null || timeFrame == null || sessionStart == null || sessionEnd == null) {
            throw new IllegalArgumentException("target, zone, timeframe and session times must not be null");
        }
        if (compression < 1) {
            throw new IllegalArgumentException("compression must be >= 1, got " + compression);
        }
        // fail before any data is written if the header cannot hold the zone
        BarFile.encode(new BarFile.Header(0, timeFrame, compression, sessionStart, sessionEnd, zone,
            new int[BarFile.COLUMNS]));
        return new BarFileWriter(target, zone, timeFrame, compression, sessionStart, sessionEnd);
    }

    /** A writer taking bar size, zone and sessions from {@code feed}. */
    public static BarFileWriter create(Path target, DataFeed feed) {
        return create(target, feed.tz(), feed.timeFrame(), feed.compression(), feed.sessionStart(),
            feed.sessionEnd());
    }

    /**
     * Writes every bar {@code feed} delivers to {@code target} and commits. A feed that holds no
     * bars yet is streamed through one-bar rings, so memory stays flat for any file size. A
     * preloaded feed not yet stepped into is written from its columns straight into the target's
     * temporary file (no scratch files), the same bytes; its cursor ends after its last bar.
     *
     * @return the number of bars written
     * @throws BadInputException when the feed's input is bad or its times do not strictly increase
     */
    public static int write(Path target, DataFeed feed) {
        boolean columns = feed.isPreloaded() && feed.len() == 0;
        if (!columns) {
            boundForStreaming(feed);
        }
        try (BarFileWriter w = columns ? direct(target, feed) : create(target, feed)) {
            feed.start();
            try {
                if (columns) {
                    w.admitAll(feed.datetime().array(), feed.size());
                } else {
                    w.appendAll(feed);
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(feed.name() + ": " + e.getMessage());
            } finally {
                feed.stop();
            }
            if (columns) {
                w.commitColumns(feed);
            } else {
                w.commit();
            }
            return w.barCount();
        }
    }

    /** A writer taking its settings from {@code feed} that writes straight into the target's temporary file. */
    private static BarFileWriter direct(Path target, DataFeed feed) {
        BarFileWriter w = unopened(target, feed.tz(), feed.timeFrame(), feed.compression(), feed.sessionStart(),
            feed.sessionEnd());
        w.direct = AtomicFile.open(target);
        return w;
    }

    /** Appends every bar the started {@code feed} delivers. */
    private void appendAll(DataFeed feed) {
        while (feed.next()) {
            append(feed.datetime(0), feed.open().get(0), feed.high().get(0), feed.low().get(0), feed.close().get(0),
                feed.volume().get(0), feed.openInterest().get(0));
        }
    }

    /** Turns the lines of a feed that holds no bars yet into small rings, so reading it end to end keeps memory flat. */
    static void boundForStreaming(DataFeed feed) {
        if (feed.size() == 0 && !feed.isPreloaded() && !feed.buffer(DataFeed.CLOSE).isBounded()) {
            for (int i = 0; i < feed.lineCount(); i++) {
                feed.buffer(i).bound(1);
            }
            feed.datetime().bound(2);
        }
    }

    private void openScratch() {
        try {
            Path dir = target.getParent();
            for (int c = 0; c < BarFile.COLUMNS; c++) {
                scratch[c] = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".col" + c
                    + ".part");
                channels[c] = FileChannel.open(scratch[c], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
                buffers[c] = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                crcs[c] = new CRC32C();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one bar.
     *
     * @throws IllegalArgumentException when {@code time} is not after the previous bar's
     * @throws IllegalStateException after {@link #commit()} or {@link #close()}
     */
    public void append(long time, double open, double high, double low, double close, double volume,
                       double openInterest) {
        if (done) {
            throw new IllegalStateException("the writer of " + target + " is closed");
        }
        admit(time);
        if (!buffers[0].hasRemaining()) {
            flush();
        }
        buffers[0].putLong(time);
        buffers[1].putDouble(open);
        buffers[2].putDouble(high);
        buffers[3].putDouble(low);
        buffers[4].putDouble(close);
        buffers[5].putDouble(volume);
        buffers[6].putDouble(openInterest);
    }

    /** Counts one more bar, at {@code time}, which must be after the previous one. */
    private void admit(long time) {
        if (time <= lastTime) {
            throw new IllegalArgumentException("bar " + (count + 1) + " at " + EpochNanos.toLocalDateTime(time)
                + "Z is not after the previous bar at " + EpochNanos.toLocalDateTime(lastTime) + "Z");
        }
        if (count == BarFile.MAX_BARS) {
            throw new IllegalArgumentException("a bar file holds at most " + BarFile.MAX_BARS + " bars");
        }
        lastTime = time;
        count++;
    }

    /** Counts the first {@code n} bars of a column of {@code times} as {@link #append} would. */
    private void admitAll(long[] times, int n) {
        for (int i = 0; i < n; i++) {
            admit(times[i]);
        }
    }

    /**
     * Writes the file from the columns of preloaded {@code feed}, whose times {@link #admitAll}
     * counted: each column checksummed, then header and columns into the temporary file, which is
     * moved over the target; the feed's cursor then stands after its last bar.
     */
    private void commitColumns(DataFeed feed) {
        long[] times = feed.datetime().array();
        double[][] values = new double[BarFile.COLUMNS][];
        for (int c = 1; c < BarFile.COLUMNS; c++) {
            values[c] = feed.buffer(BarFile.COLUMN_LINES[c]).array();
        }
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        int[] sums = new int[BarFile.COLUMNS];
        for (int c = 0; c < BarFile.COLUMNS; c++) {
            CRC32C crc = new CRC32C();
            for (int from = 0; from < count; from += CHUNK / Long.BYTES) {
                crc.update(chunk.array(), 0, fill(chunk, times, values[c], from));
            }
            sums[c] = (int) crc.getValue();
        }
        try {
            OutputStream out = direct.out();
            out.write(header(sums).array(), 0, BarFile.HEADER_BYTES);
            for (int c = 0; c < BarFile.COLUMNS; c++) {
                for (int from = 0; from < count; from += CHUNK / Long.BYTES) {
                    out.write(chunk.array(), 0, fill(chunk, times, values[c], from));
                }
            }
            direct.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            close();
        }
        feed.seek(count - 1);
    }

    /**
     * Puts the little-endian bytes of one chunk of a column, from bar {@code from} on, at the start
     * of {@code chunk}: of {@code times} when {@code values} is null; returns their length.
     */
    private int fill(ByteBuffer chunk, long[] times, double[] values, int from) {
        int n = Math.min(count - from, CHUNK / Long.BYTES);
        chunk.clear();
        if (values == null) {
            chunk.asLongBuffer().put(times, from, n);
        } else {
            chunk.asDoubleBuffer().put(values, from, n);
        }
        return n * Long.BYTES;
    }

    /** Appends {@code bar}. */
    public void append(Bar bar) {
        append(bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.openInterest);
    }

    /** Bars appended so far. */
    public int barCount() {
        return count;
    }

    private void flush() {
        try {
            for (int c = 0; c < BarFile.COLUMNS; c++) {
                ByteBuffer b = buffers[c];
                b.flip();
                crcs[c].update(b);
                b.rewind();
                while (b.hasRemaining()) {
                    channels[c].write(b);
                }
                b.clear();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file: header and columns into a temporary file moved over the target. */
    public void commit() {
        if (done) {
            throw new IllegalStateException("the writer of " + target + " is closed");
        }
        flush();
        int[] sums = new int[BarFile.COLUMNS];
        for (int c = 0; c < BarFile.COLUMNS; c++) {
            sums[c] = (int) crcs[c].getValue();
        }
        try (AtomicFile file = AtomicFile.open(target)) {
            OutputStream out = file.out();
            out.write(header(sums).array(), 0, BarFile.HEADER_BYTES);
            for (int c = 0; c < BarFile.COLUMNS; c++) {
                ((FileAppendable) out).append(channels[c], 0, (long) count * Long.BYTES); // the kernel's copy
                channels[c].close();
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    /** The file's header for its bars so far, with the columns' checksums {@code sums}. */
    private ByteBuffer header(int[] sums) {
        return BarFile.encode(new BarFile.Header(count, timeFrame, compression, sessionStart, sessionEnd, zone, sums));
    }

    /** Abandons the file unless committed; removes the scratch files either way. */
    @Override
    public void close() {
        done = true;
        if (direct != null) {
            direct.close();
        }
        for (int c = 0; c < BarFile.COLUMNS; c++) {
            try {
                if (channels[c] != null) {
                    channels[c].close();
                }
            } catch (IOException ignored) {
                // deleted below anyway
            }
            try {
                if (scratch[c] != null) {
                    Files.deleteIfExists(scratch[c]);
                }
            } catch (IOException ignored) {
                // nothing more can be done; the name ends in .part
            }
        }
    }
}
