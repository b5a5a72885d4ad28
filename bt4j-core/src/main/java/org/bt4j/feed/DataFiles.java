package org.bt4j.feed;

import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * Opens a data file as the right feed, chosen by its content: a {@link BarFile} (by its signature)
 * as a {@link BinaryFeed}, anything else as CSV through {@link CsvFeeds#open}. Stateless and
 * thread-safe.
 */
public final class DataFiles {

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
        if (!BarFile.isBarFile(file)) {
            return CsvFeeds.open(file, timeFrame, compression);
        }
        BinaryFeed feed = BinaryFeed.open(file);
        if (timeFrame != null && (timeFrame != feed.timeFrame() || compression != feed.compression())) {
            throw new BadInputException(file + ": holds " + feed.timeFrame() + "/" + feed.compression()
                + " bars, not the " + timeFrame + "/" + compression + " asked for");
        }
        return feed;
    }
}
