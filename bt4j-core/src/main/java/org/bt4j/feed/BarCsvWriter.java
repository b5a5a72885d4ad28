package org.bt4j.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.AtomicFile;

/**
 * Writes the bars of a feed as a CSV file that {@link CsvFeeds#open} reads back to the same
 * values: intraday bars in the GenericCSV layout ({@value CsvFeeds#GENERIC_HEADER}, times to the
 * second), daily and longer bars in backtrader's layout ({@value CsvFeeds#BACKTRADER_HEADER},
 * the date alone when the bar ends at the feed's session end, else date and time columns). Times
 * are written in the feed's zone; numbers as the shortest decimal that reads back exactly
 * ({@code nan} for NaN). The file is written atomically ({@link AtomicFile}); the feed is streamed,
 * so memory stays flat. Stateless and thread-safe; the feed is used on the calling thread.
 */
public final class BarCsvWriter {

    private BarCsvWriter() {
    }

    /**
     * Writes every bar of {@code feed} to {@code target}.
     *
     * @return the number of bars written
     * @throws BadInputException when a bar time cannot be written to whole seconds, or the feed's
     *         input is bad
     */
    public static int write(Path target, DataFeed feed) {
        boolean daily = feed.timeFrame().compareTo(TimeFrame.Days) >= 0;
        ZoneConverter zone = ZoneConverter.of(feed.tz());
        long sessionEnd = feed.sessionEnd().toNanoOfDay();
        BarFileWriter.boundForStreaming(feed);
        byte[] line = new byte[256];
        int bars = 0;
        try (AtomicFile file = AtomicFile.open(target)) {
            OutputStream out = file.out();
            out.write(((daily ? CsvFeeds.BACKTRADER_HEADER : CsvFeeds.GENERIC_HEADER) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
            feed.start();
            try {
                while (feed.next()) {
                    bars++;
                    long local = zone.toLocal(feed.datetime(0));
                    long day = EpochNanos.day(local);
                    long tod = EpochNanos.timeOfDay(local);
                    int n = writeDate(line, 0, day);
                    if (!daily || tod != sessionEnd) {
                        if (tod % EpochNanos.SECOND != 0) {
                            throw new BadInputException(feed.name() + ": bar " + bars + " at "
                                + EpochNanos.toLocalDateTime(local) + " has a fraction of a second, which the CSV"
                                + " layout cannot hold (it keeps whole seconds)");
                        }
                        line[n++] = (byte) (daily ? ',' : ' ');
                        n = writeTime(line, n, tod / EpochNanos.SECOND);
                    }
                    n = value(line, n, feed.open().get(0));
                    n = value(line, n, feed.high().get(0));
                    n = value(line, n, feed.low().get(0));
                    n = value(line, n, feed.close().get(0));
                    n = value(line, n, feed.volume().get(0));
                    n = value(line, n, feed.openInterest().get(0));
                    line[n++] = '\n';
                    out.write(line, 0, n);
                }
            } finally {
                feed.stop();
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return bars;
    }

    private static int value(byte[] line, int n, double v) {
        line[n++] = ',';
        return AsciiNumbers.writeDouble(line, n, v);
    }

    private static int writeDate(byte[] b, int n, long epochDay) {
        long c = EpochNanos.civil(epochDay);
        n = pad(b, n, c / 10000, 4);
        b[n++] = '-';
        n = pad(b, n, c / 100 % 100, 2);
        b[n++] = '-';
        return pad(b, n, c % 100, 2);
    }

    private static int writeTime(byte[] b, int n, long secondOfDay) {
        n = pad(b, n, secondOfDay / 3600, 2);
        b[n++] = ':';
        n = pad(b, n, secondOfDay / 60 % 60, 2);
        b[n++] = ':';
        return pad(b, n, secondOfDay % 60, 2);
    }

    private static int pad(byte[] b, int n, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[n + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return n + width;
    }
}
