package org.bt4j.feed;

import static org.bt4j.feed.FeedTestFiles.assertPreloadMatchesRowByRow;
import static org.bt4j.feed.FeedTestFiles.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CsvParts}: a CSV file preloaded in parts on several threads gives exactly the bars, or the
 * error line, of reading it row by row, wherever the cuts fall: next to LF and CRLF line ends,
 * blank lines, a byte-order mark, a last line without a line end; header-only and empty files;
 * bad rows in several parts (the first in file order is named); timestamps going backwards across
 * a cut; more rows than a part's estimate holds.
 */
class CsvPartsTest {

    @TempDir
    Path dir;

    private static final String HEADER = "datetime,open,high,low,close,volume,openinterest";

    private static String row(int minute, double close) {
        return String.format("2020-01-%02d %02d:%02d:00,%s,%s,%s,%s,%d,0", 1 + minute / 1440, minute / 60 % 24,
            minute % 60, close, close + 0.5, close - 0.25, close + 0.25, 100 + minute % 7);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private static GenericCsvFeed generic(Path p) {
        GenericCsvFeed f = new GenericCsvFeed(p);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    @Test
    void goldenFilesGiveTheRowByRowBars() {
        for (String name : new String[] {"daily-s1.csv", "minute-s2.csv", "bt-2006-day-001.txt", "nvda-2014.txt"}) {
            assertPreloadMatchesRowByRow(() -> CsvFeeds.open(golden(name), name.startsWith("minute")
                ? TimeFrame.Minutes : TimeFrame.Days, 1));
        }
    }

    @Test
    void cutsNextToEveryKindOfLineEndGiveTheRowByRowBars() throws IOException {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        String[] ends = {"\n", "\r\n", "\n\n", "\r\n\r\n", "\n   \n", "\n\r\n"};
        for (int m = 0; m < 300; m++) {
            sb.append(row(m, 100 + m % 13)).append(ends[random.nextInt(ends.length)]);
        }
        sb.append(row(300, 99)); // no line end after the last row
        for (Path p : new Path[] {file("ends.csv", sb.toString()), file("lf.csv", HEADER + "\n" + row(0, 1) + "\n"),
                file("one.csv", HEADER + "\n" + row(0, 1)), file("bom-mid.csv", HEADER + "\n" + row(0, 1) + "\n\uFEFF"
                + row(1, 1) + "\n")}) {
            assertPreloadMatchesRowByRow(() -> generic(p));
        }
    }

    @Test
    void headerOnlyBlankAndEmptyFilesFailAsRowByRow() throws IOException {
        for (String text : new String[] {HEADER, HEADER + "\n", HEADER + "\r\n\r\n   \n", "", "\n"}) {
            Path p = file("h.csv", text);
            assertPreloadMatchesRowByRow(() -> generic(p));
            String message = assertThrows(BadInputException.class, () -> generic(p).loadThreads(2).partBytes(1).preload())
                .getMessage();
            assertTrue(message.equals(p + ": no data rows after the header line") || message.equals(p + ": empty file"),
                message);
        }
        Path none = file("none.csv", "\n\n");
        assertPreloadMatchesRowByRow(() -> (CsvFeed) generic(none).headers(false));
        assertEquals(none + ": no data rows", assertThrows(BadInputException.class,
            () -> generic(none).headers(false).loadThreads(2).partBytes(1).preload()).getMessage());
        assertEquals(dir.resolve("missing.csv") + ": no such file", assertThrows(BadInputException.class,
            () -> generic(dir.resolve("missing.csv")).loadThreads(2).preload()).getMessage());
    }

    /** A large file (several default-sized parts) with {@code bad} rows replaced by the given text. */
    private Path large(String name, java.util.Map<Integer, String> bad) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int m = 0; m < 40_000; m++) {
            sb.append(bad.getOrDefault(m, row(m, 1000 + (m % 97) * 0.01))).append('\n');
        }
        return file(name, sb.toString());
    }

    @Test
    void theFirstBadRowInFileOrderIsNamedWhenSeveralPartsHaveOne() throws IOException {
        Path p = large("bad.csv", java.util.Map.of(31_000, "2020-01-22 12:40:00,1,2,x,1.5,10,0",
            12_345, row(12_345, 1).replace(",1.5,", ",0.5,"), 25_000, "2020-01-18 08:40:00,1,2"));
        assertTrue(Files.size(p) > 2 * CsvParts.PART_BYTES, "parts of the default size");
        String expected = p + ":12347: high 0.5 is below the close 1.25 (--accept-bad-bars loads such rows)";
        assertEquals(expected, assertThrows(BadInputException.class, () -> FeedTestFiles.drain(generic(p))).getMessage());
        for (int threads = 1; threads <= 4; threads++) {
            GenericCsvFeed f = generic(p);
            f.loadThreads(threads);
            assertEquals(expected, assertThrows(BadInputException.class, f::preload).getMessage(), threads + " threads");
            assertEquals(0, f.size(), "nothing half-loaded");
        }
        assertPreloadMatchesRowByRow(() -> generic(p));
        // without the first one, the missing column of a later part is the first
        Path q = large("bad2.csv", java.util.Map.of(31_000, "2020-01-22 12:40:00,1,2,x,1.5,10,0",
            25_000, "2020-01-18 08:40:00,1,2"));
        assertEquals(q + ":25002: column 5: missing close (the row has 3 columns)",
            assertThrows(BadInputException.class, () -> generic(q).loadThreads(2).preload()).getMessage());
        assertPreloadMatchesRowByRow(() -> generic(q));
    }

    @Test
    void timestampsGoingBackwardsAcrossACutNameBothLines() throws IOException {
        for (int at : new int[] {9_999, 10_000, 20_000, 20_001, 30_000}) {
            Path p = large("back" + at + ".csv", java.util.Map.of(at, row(at - 2, 5)));
            String expected = p + ":" + (at + 2) + ": column 1: timestamp goes backwards (previous row at line "
                + (at + 1) + ")";
            assertEquals(expected, assertThrows(BadInputException.class,
                () -> FeedTestFiles.drain(generic(p))).getMessage());
            for (int threads = 2; threads <= 4; threads++) {
                int t = threads;
                assertEquals(expected, assertThrows(BadInputException.class,
                    () -> generic(p).loadThreads(t).preload()).getMessage(), threads + " threads");
            }
        }
        Path dup = file("dup.csv", HEADER + "\n" + row(0, 1) + "\n" + row(1, 1) + "\n" + row(1, 2) + "\n");
        assertPreloadMatchesRowByRow(() -> generic(dup));
    }

    @Test
    void morePartRowsThanTheEstimateAreKeptAsideAndJoinedInOrder() throws IOException {
        // long rows first (the estimate comes from the first 64 KiB), then many short ones
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int m = 0;
        for (; m < 1_500; m++) {
            sb.append(row(m, 100)).append('.').append("0".repeat(60)).append('\n'); // open interest 0.000…
        }
        for (; m < 30_000; m++) {
            sb.append(row(m, 100)).append('\n');
        }
        Path p = file("aside.csv", sb.toString());
        List<Bar> expected = FeedTestFiles.drain(generic(p));
        for (int threads = 1; threads <= 3; threads++) {
            GenericCsvFeed f = generic(p);
            f.loadThreads(threads);
            FeedTestFiles.assertSameBars(expected, FeedTestFiles.preloaded(f));
            double[] close = f.buffer(DataFeed.CLOSE).array();
            for (int i = f.size(); i < close.length; i++) {
                assertTrue(Double.isNaN(close[i]), "NaN past the end, slot " + i);
            }
        }
    }

    @Test
    void columnBytesEstimateALoadsColumnsFromTheFirstLines() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int m = 0; m < 10_000; m++) {
            sb.append(row(m, 100 + m % 13)).append('\n');
        }
        long bytes = CsvParts.columnBytes(file("est.csv", sb.toString()));
        assertTrue(bytes >= 10_000L * 56 && bytes <= 10_000L * 56 * 11 / 10, bytes + " bytes");
        assertEquals(Long.MAX_VALUE, CsvParts.columnBytes(dir.resolve("missing.csv")));
    }
}
