package org.bt4j.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * Opens a data file as the right feed, chosen by its content: a {@link BarFile} (by its signature)
 * as a {@link BinaryFeed}; a CSV file described by a {@link CsvDialect} as a {@link GenericCsvFeed}
 * with those parameters; any other CSV file by its header through {@link CsvFeeds#open}. So every
 * format bt4j writes reads back. Stateless and thread-safe.
 */
public final class DataFiles {

    /** A preload for a streaming reader takes at most this fraction of the heap still free (1/n). */
    private static final int HEAP_SHARE = 4;

    private DataFiles() {
    }

    /**
     * Opens {@code file}.
     *
     * @param timeFrame the bar size the caller expects, or null to take it from a bar file's header
     *        (CSV files then default to Days)
     * @param compression the compression the caller expects (checked against a bar file's header
     *        only when {@code timeFrame} is given)
     * @throws BadInputException for a missing, bad or unrecognised file, or a bar file holding bars
     *         of another size than the one asked for
     */
    public static SourceFeed open(Path file, TimeFrame timeFrame, int compression) {
        return open(file, timeFrame, compression, CsvDialect.DEFAULT);
    }

    /**
     * Opens {@code file}; a CSV file is read with {@code dialect} unless that sets nothing.
     *
     * @throws BadInputException as {@link #open(Path, TimeFrame, int)}, and for a bar file given
     *         CSV parameters
     */
    public static SourceFeed open(Path file, TimeFrame timeFrame, int compression, CsvDialect dialect) {
        requireRegular(file);
        if (!BarFile.isBarFile(file)) {
            if (dialect.isDefault()) {
                return CsvFeeds.open(file, timeFrame, compression);
            }
            CsvFeeds.firstLines(file); // a missing or empty file: the same one line as by header
            GenericCsvFeed csv = dialect.open(file);
            csv.timeFrame(timeFrame == null ? TimeFrame.Days : timeFrame, compression);
            return csv;
        }
        if (!dialect.isDefault()) {
            throw new BadInputException(file + ": is a bt4j bar file; the CSV options do not apply to it");
        }
        BinaryFeed feed = BinaryFeed.open(file);
        if (timeFrame != null && (timeFrame != feed.timeFrame() || compression != feed.compression())) {
            throw new BadInputException(file + ": holds " + feed.timeFrame() + "/" + feed.compression()
                + " bars, not the " + timeFrame + "/" + compression + " asked for");
        }
        return feed;
    }

    /**
     * Turns the {@link BarRules} checks of a CSV or bar-file feed on or off (other feeds have none);
     * returns {@code feed}.
     */
    public static SourceFeed checkBars(SourceFeed feed, boolean check) {
        if (feed instanceof CsvFeed c) {
            c.checkBars(check);
        } else if (feed instanceof BinaryFeed b) {
            b.checkBars(check);
        }
        return feed;
    }

    /**
     * A feed from {@code open}, to be read end to end by a streaming reader (a file converter),
     * with every bar preloaded when that reads a CSV file on all cores ({@link CsvFeed#preload})
     * and its columns take at most a quarter of the heap still free; otherwise, and when that
     * preload finds a problem, a fresh unread feed from {@code open}, to be streamed in flat
     * memory. The bars are the same either way, and so is the first problem the reader meets: a
     * bad row, or before it a bar the reader refuses or its own output failing (a failed preload
     * loads nothing, so the stream from the start finds whichever comes first).
     *
     * @param open opens the input with every setting that shapes its bars (zone, checks); called
     *        once, or twice after a failed preload
     */
    public static SourceFeed preloadedIfRoom(Supplier<? extends SourceFeed> open) {
        Runtime rt = Runtime.getRuntime();
        return preloadedIfRoom(open, rt.maxMemory() - rt.totalMemory() + rt.freeMemory());
    }

    /** {@link #preloadedIfRoom(Supplier)} with {@code freeHeap} bytes of heap free. */
    static SourceFeed preloadedIfRoom(Supplier<? extends SourceFeed> open, long freeHeap) {
        SourceFeed feed = open.get();
        if (feed instanceof CsvFeed csv) {
            long bytes = csv.parallelPreloadBytes();
            if (bytes >= 0 && bytes <= freeHeap / HEAP_SHARE) {
                try {
                    csv.preload();
                } catch (BadInputException e) {
                    return open.get();
                }
            }
        }
        return feed;
    }

    /**
     * Refuses an input that exists but is not a regular file or a directory (a FIFO, a device, a
     * socket) before anything opens it: opening a FIFO would wait for a writer forever.
     *
     * @throws BadInputException naming the file
     */
    public static void requireRegular(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new BadInputException(file + ": not a regular file (a FIFO, device or socket); give a data file");
        }
    }
}
