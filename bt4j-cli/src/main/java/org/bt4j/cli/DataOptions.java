package org.bt4j.cli;

import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import picocli.CommandLine.Option;

/**
 * The options naming one input data file and its bar size — {@code --data}, {@code --timeframe},
 * {@code --compression} — shared as a picocli mixin by the commands that read one file, with the
 * checks that turn bad values into one-line {@link BadInputException}s. Filled by picocli and read
 * on the command's thread; not thread-safe.
 */
final class DataOptions {

    @Option(names = "--data", required = true,
            description = "CSV data file (layout chosen by its header line)")
    Path data;

    @Option(names = "--timeframe",
            description = "bar timeframe of the data (default Days; a bar file's own)")
    String timeframe;

    @Option(names = "--compression", defaultValue = "1", description = "bar compression of the data (default 1)")
    int compression;

    /** The data file. */
    Path data() {
        return data;
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
