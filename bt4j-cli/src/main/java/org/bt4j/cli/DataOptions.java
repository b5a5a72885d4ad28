package org.bt4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.SourceFeed;
import org.bt4j.time.TimeFrame;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options naming one input data file and its bar size — {@code --data}, {@code --timeframe},
 * {@code --compression}, and the GenericCSV parameters of {@link CsvOptions} — shared as a picocli
 * mixin by the commands that read one file, with the checks that turn bad values into one-line
 * {@link BadInputException}s. Filled by picocli and read on the command's thread; not thread-safe.
 */
final class DataOptions {

    @Option(names = "--data", required = true,
            description = "data file: a bt4j bar file (by its content) or CSV (layout by its header line, or by the"
                + " GenericCSV options)")
    Path data;

    @Mixin
    CsvOptions csv = new CsvOptions();

    @Option(names = "--timeframe",
            description = "bar timeframe of the data (default Days; a bar file's own)")
    String timeframe;

    @Option(names = "--compression", defaultValue = "1", description = "bar compression of the data (default 1)")
    int compression;

    @Option(names = "--accept-bad-bars", description = "load CSV rows and bar-file bars whose prices are not finite and"
            + " positive, whose high/low do not bound open and close, or whose volume is negative (refused by default)")
    boolean acceptBadBars;

    /** The data file. */
    Path data() {
        return data;
    }

    /**
     * The data file opened as a feed: a bar file by its content, CSV by the GenericCSV options or
     * its header; of the given bar size (Days/1 for CSV without {@code --timeframe}; a bar file's
     * own, checked against {@code --timeframe} when given).
     */
    SourceFeed feed() {
        return DataFiles.checkBars(DataFiles.open(data, timeFrame(), compression(), csv.dialect()), !acceptBadBars);
    }

    /**
     * Refuses an output file that is the input data file (writing it would destroy what is being
     * read), as one line naming {@code option}.
     */
    void refuseInput(String option, Path out) {
        if (out == null) {
            return;
        }
        boolean same = out.toAbsolutePath().normalize().equals(data.toAbsolutePath().normalize());
        try {
            same |= Files.exists(out) && Files.exists(data) && Files.isSameFile(out, data);
        } catch (IOException e) {
            // cannot tell more than the names say
        }
        if (same) {
            throw new BadInputException(option + ": " + out + " is the input data file (--data); write to another file");
        }
    }

    /** Checks the bar-size and CSV options now, so their errors come before those of later options. */
    void check() {
        timeFrame();
        compression();
        csv.dialect();
    }

    /** The {@code --timeframe} given, checked; {@code null} when none was given. */
    TimeFrame timeFrame() {
        return timeframe == null ? null : timeFrame("--timeframe", timeframe);
    }

    /** The {@code --compression} given, checked to be at least 1. */
    int compression() {
        return compression("--compression", compression);
    }

    /** Parses a bar-size option value; a bad or non-bar timeframe is a one-line user error naming {@code option}. */
    static TimeFrame timeFrame(String option, String value) {
        try {
            TimeFrame t = TimeFrame.parse(value);
            if (t == TimeFrame.NoTimeFrame) {
                throw new IllegalArgumentException("NoTimeFrame is not a bar size");
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    /** Returns {@code value}; below 1 it is a one-line user error naming {@code option}. */
    static int compression(String option, int value) {
        if (value < 1) {
            throw new BadInputException(option + ": must be >= 1, got " + value);
        }
        return value;
    }
}
