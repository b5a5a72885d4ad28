package org.bt4j.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * Opens a CSV file as the right backtrader feed, chosen by its exact header line:
 * <ul>
 * <li>{@code Date,Open,High,Low,Close,Volume,OpenInterest} or, with a time column as in
 * backtrader's intraday sample files, {@code Date,Time,Open,High,Low,Close,Volume,OpenInterest}:
 * {@link BacktraderCsvFeed};</li>
 * <li>{@code datetime,open,high,low,close,volume,openinterest}: {@link GenericCsvFeed} with
 * {@code dtformat %Y-%m-%d %H:%M:%S} and default columns, or {@code %Y-%m-%dT%H:%M:%S} when the first
 * data row has a {@code T} after its date (ISO 8601, as {@code bt4j resample} and {@code bt4j
 * indicator} print it);</li>
 * <li>{@code Date,Open,High,Low,Close,Adj Close,Volume}: {@link YahooCsvFeed} with its defaults.</li>
 * </ul>
 * The feed is named after the file without its extension. Stateless and thread-safe.
 */
public final class CsvFeeds {

    /** Header of backtrader's own CSV layout. */
    public static final String BACKTRADER_HEADER = "Date,Open,High,Low,Close,Volume,OpenInterest";
    /** Header of backtrader's own CSV layout with a time column (its intraday sample files). */
    public static final String BACKTRADER_TIME_HEADER = "Date,Time,Open,High,Low,Close,Volume,OpenInterest";
    /** Header of the generic date-time layout. */
    public static final String GENERIC_HEADER = "datetime,open,high,low,close,volume,openinterest";
    /** Header of Yahoo's layout. */
    public static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

    private CsvFeeds() {
    }

    /**
     * Opens {@code file} as a feed of the given bar size.
     *
     * @param timeFrame the feed's timeframe, null for Days
     * @param compression the feed's compression (>= 1)
     * @throws BadInputException for a missing, empty or unrecognised file
     */
    public static CsvFeed open(Path file, TimeFrame timeFrame, int compression) {
        String[] head = firstLines(file);
        String header = head[0];
        CsvFeed feed;
        switch (header) {
            case BACKTRADER_HEADER:
            case BACKTRADER_TIME_HEADER:
                feed = new BacktraderCsvFeed(file);
                break;
            case GENERIC_HEADER:
                feed = isoDateTime(head[1]) ? new GenericCsvFeed(file).dtformat(ISO_DTFORMAT) : new GenericCsvFeed(file);
                break;
            case YAHOO_HEADER:
                feed = new YahooCsvFeed(file);
                break;
            default:
                throw new BadInputException(file + ":1: unknown header '" + abbreviate(header) + "'; expected one of '"
                    + BACKTRADER_HEADER + "' or '" + BACKTRADER_TIME_HEADER
                    + "' (BacktraderCSV), '" + GENERIC_HEADER + "' (GenericCSV), '"
                    + YAHOO_HEADER + "' (Yahoo)");
        }
        feed.timeFrame(timeFrame == null ? TimeFrame.Days : timeFrame, compression);
        return feed;
    }

    /** The date-time pattern of a GenericCSV file whose first row reads {@code 2015-01-09T23:59:59}. */
    static final String ISO_DTFORMAT = "%Y-%m-%dT%H:%M:%S";

    /** Whether {@code row} starts with an ISO date followed by {@code T} (the datetime column 0). */
    static boolean isoDateTime(String row) {
        return row != null && row.length() > 10 && row.charAt(10) == 'T' && row.charAt(4) == '-'
            && row.charAt(7) == '-';
    }

    /**
     * The first line of {@code file} and the first non-blank line after it (null when none),
     * without line ends or byte-order mark.
     */
    static String[] firstLines(Path file) {
        try (InputStream in = Files.newInputStream(file); CsvLineReader r = new CsvLineReader(in)) {
            if (!r.nextLine()) {
                throw new BadInputException(file + ": empty file");
            }
            String[] lines = {r.lineText(), null};
            while (r.nextLine()) {
                if (!r.isBlank()) {
                    lines[1] = r.lineText();
                    break;
                }
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
