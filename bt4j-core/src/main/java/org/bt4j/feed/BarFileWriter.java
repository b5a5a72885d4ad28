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

/**
 * Writes a {@link BarFile} bar by bar with flat memory, whatever the number of bars: each column
 * streams into its own scratch file beside the target (64 KiB buffer each, checksummed on the
 * way), and {@link #commit()} joins header and columns into a temporary file that is moved over
 * the target ({@link AtomicFile}), so the target is either the complete new file or untouched.
 * {@link #close()} without a commit removes every scratch file. Bar times must strictly increase.
 * One thread at a time.
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
        if (target == null || zone == null || timeFrame == null || sessionStart == null || sessionEnd == null) {
            throw new IllegalArgumentException("target, zone, timeframe and session times must not be null");
        }
        if (compression < 1) {
            throw new IllegalArgumentException("compression must be >= 1, got " + compression);
        }
        // fail before any data is written if the header cannot hold the zone
        BarFile.encode(new BarFile.Header(0, timeFrame, compression, sessionStart, sessionEnd, zone,
            new int[BarFile.COLUMNS]));
        BarFileWriter w = new BarFileWriter(target, zone, timeFrame, compression, sessionStart, sessionEnd);
        w.openScratch();
        return w;
    }

    /** A writer taking bar size, zone and sessions from {@code feed}. */
    public static BarFileWriter create(Path target, DataFeed feed) {
        return create(target, feed.tz(), feed.timeFrame(), feed.compression(), feed.sessionStart(),
            feed.sessionEnd());
    }

    /**
     * Writes every bar {@code feed} delivers to {@code target} and commits. A feed that holds no
     * bars yet is streamed through one-bar rings, so memory stays flat for any file size.
     *
     * @return the number of bars written
     * @throws BadInputException when the feed's input is bad or its times do not strictly increase
     */
    public static int write(Path target, DataFeed feed) {
        boundForStreaming(feed);
        try (BarFileWriter w = create(target, feed)) {
            feed.start();
            try {
                while (feed.next()) {
                    w.append(feed.datetime(0), feed.open().get(0), feed.high().get(0), feed.low().get(0),
                        feed.close().get(0), feed.volume().get(0), feed.openInterest().get(0));
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(feed.name() + ": " + e.getMessage());
            } finally {
                feed.stop();
            }
            w.commit();
            return w.barCount();
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
        if (time <= lastTime) {
            throw new IllegalArgumentException("bar " + (count + 1) + " at " + EpochNanos.toLocalDateTime(time)
                + "Z is not after the previous bar at " + EpochNanos.toLocalDateTime(lastTime) + "Z");
        }
        if (count == BarFile.MAX_BARS) {
            throw new IllegalArgumentException("a bar file holds at most " + BarFile.MAX_BARS + " bars");
        }
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
        lastTime = time;
        count++;
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
        ByteBuffer header = BarFile.encode(new BarFile.Header(count, timeFrame, compression, sessionStart,
            sessionEnd, zone, sums));
        try (AtomicFile file = AtomicFile.open(target)) {
            OutputStream out = file.out();
            out.write(header.array(), 0, BarFile.HEADER_BYTES);
            for (int c = 0; c < BarFile.COLUMNS; c++) {
                channels[c].close();
                Files.copy(scratch[c], out);
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    /** Abandons the file unless committed; removes the scratch files either way. */
    @Override
    public void close() {
        done = true;
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
