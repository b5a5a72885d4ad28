package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeedsTest {

    @TempDir
    Path dir;

    @Test
    void backtraderHeaderGivesBacktraderFeedStampedAtSessionEnd() {
        CsvFeed feed = CsvFeeds.open(FeedTestFiles.golden("daily-s1.csv"), null, 1);
        assertInstanceOf(BacktraderCsvFeed.class, feed);
        assertEquals("daily-s1", feed.name());
        assertEquals(TimeFrame.Days, feed.timeFrame());
        List<Bar> bars = FeedTestFiles.drain(feed);
        assertEquals(1000, bars.size());
        Bar first = bars.get(0);
        assertEquals(EpochNanos.of(2015, 1, 5, 23, 59, 59, 999_990_000), first.time);
        assertEquals(99.47, first.open);
        assertEquals(101.34, first.high);
        assertEquals(99.12, first.low);
        assertEquals(101.34, first.close);
        assertEquals(9368761, first.volume);
        assertEquals(0, first.openInterest);
        assertEquals(EpochNanos.of(2018, 11, 2, 23, 59, 59, 999_990_000), bars.get(999).time);
    }

    /** backtrader's intraday sample files (datas/2006-min-005.txt) name their time column. */
    @Test
    void backtraderHeaderWithATimeColumnGivesBacktraderFeedAtThoseTimes() throws IOException {
        Path p = FeedTestFiles.write(dir, "min.txt", CsvFeeds.BACKTRADER_TIME_HEADER,
            "2006-01-02,09:05:00,3578.73,3587.88,3578.73,3582.99,0,0");
        CsvFeed feed = CsvFeeds.open(p, TimeFrame.Minutes, 5);
        assertInstanceOf(BacktraderCsvFeed.class, feed);
        List<Bar> bars = FeedTestFiles.drain(feed);
        assertEquals(EpochNanos.of(2006, 1, 2, 9, 5, 0, 0), bars.get(0).time);
        assertEquals(3582.99, bars.get(0).close);
    }

    @Test
    void genericHeaderWithMinutesKeepsIntradayStamps() {
        CsvFeed feed = CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Minutes, 1);
        assertInstanceOf(GenericCsvFeed.class, feed);
        assertEquals("minute-s2", feed.name());
        List<Bar> bars = FeedTestFiles.drain(feed);
        assertEquals(7800, bars.size());
        assertEquals(EpochNanos.of(2020, 3, 2, 9, 30, 0, 0), bars.get(0).time);
        assertEquals(50.07, bars.get(0).close);
        assertEquals(EpochNanos.of(2020, 3, 27, 15, 59, 0, 0), bars.get(7799).time);
    }

    @Test
    void genericHeaderWithDaysMovesIntradayStampsToSessionEnd() {
        CsvFeed feed = CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), null, 1);
        List<Bar> bars = FeedTestFiles.drain(feed);
        assertEquals(7800, bars.size());
        long eos = EpochNanos.of(2020, 3, 2, 23, 59, 59, 999_990_000);
        assertEquals(eos, bars.get(0).time);
        assertEquals(eos, bars.get(389).time);
    }

    @Test
    void yahooHeaderGivesAdjustedRoundedBars() {
        CsvFeed feed = CsvFeeds.open(FeedTestFiles.golden("nvda-2014.txt"), null, 1);
        assertInstanceOf(YahooCsvFeed.class, feed);
        assertEquals("nvda-2014", feed.name());
        List<Bar> bars = FeedTestFiles.drain(feed);
        assertEquals(252, bars.size());
        // 2014-01-02,15.92,15.98,15.72,15.86,15.096152,6502300 -> golden rs-nvda2014-d1 first row
        assertEquals(15.15, bars.get(0).open);
        assertEquals(15.21, bars.get(0).high);
        assertEquals(14.96, bars.get(0).low);
        assertEquals(15.1, bars.get(0).close);
        assertEquals(6831309.0, bars.get(0).volume);
    }

    @Test
    void everyIdentityResampleMatchesTheGoldenParse() throws IOException {
        check("daily-s1.csv", "rs-daily-s1-d1.csv", null);
        check("bt-2006-day-001.txt", "rs-bt2006-d1.csv", null);
        check("nvda-2014.txt", "rs-nvda2014-d1.csv", null);
        check("minute-s2.csv", "rs-minute-s2-m1.csv", TimeFrame.Minutes);
    }

    private static void check(String data, String expected, TimeFrame tf) throws IOException {
        List<Bar> bars = FeedTestFiles.drain(CsvFeeds.open(FeedTestFiles.golden(data), tf, 1));
        List<String> rows = Files.readAllLines(FeedTestFiles.resource("/golden/expected/resample/" + expected));
        assertEquals(rows.size() - 1, bars.size(), expected);
        for (int i = 0; i < bars.size(); i++) {
            String[] f = rows.get(i + 1).split(",");
            Bar b = bars.get(i);
            assertEquals(f[0], EpochNanos.isoSeconds(b.time), expected + " row " + (i + 1));
            double[] vals = {b.open, b.high, b.low, b.close, b.volume, b.openInterest};
            for (int k = 0; k < vals.length; k++) {
                assertEquals(Double.parseDouble(f[k + 1]), vals[k], expected + " row " + (i + 1) + " col " + (k + 1));
            }
        }
    }

    @Test
    void isoDateTimesReadBackAsTheBarsTheyShow() throws IOException {
        // backtrader's identity resamples print datetimes as 2015-01-05T23:59:59: reading such a
        // file back gives the bars of the file they came from
        assertSameBars(FeedTestFiles.drain(CsvFeeds.open(FeedTestFiles.golden("daily-s1.csv"), null, 1)),
            FeedTestFiles.drain(CsvFeeds.open(
                FeedTestFiles.resource("/golden/expected/resample/rs-daily-s1-d1.csv"), null, 1)));
        assertSameBars(FeedTestFiles.drain(CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Minutes, 1)),
            FeedTestFiles.drain(CsvFeeds.open(
                FeedTestFiles.resource("/golden/expected/resample/rs-minute-s2-m1.csv"), TimeFrame.Minutes, 1)));
    }

    private static void assertSameBars(List<Bar> expected, List<Bar> actual) {
        FeedTestFiles.assertSameBars(expected, actual);
    }

    @Test
    void unknownHeaderIsOneClearLine() throws IOException {
        Path p = FeedTestFiles.write(dir, "x.csv", "a,b,c", "1,2,3");
        BadInputException e = assertThrows(BadInputException.class, () -> CsvFeeds.open(p, null, 1));
        assertTrue(e.getMessage().startsWith(p + ":1: unknown header 'a,b,c'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void emptyAndMissingFilesAreReported() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertEquals(empty + ": empty file",
            assertThrows(BadInputException.class, () -> CsvFeeds.open(empty, null, 1)).getMessage());
        Path none = dir.resolve("none.csv");
        assertEquals(none + ": no such file",
            assertThrows(BadInputException.class, () -> CsvFeeds.open(none, null, 1)).getMessage());
    }

    @Test
    void headerOnlyFileHasNoRows() throws IOException {
        Path p = FeedTestFiles.write(dir, "h.csv", CsvFeeds.BACKTRADER_HEADER);
        CsvFeed feed = CsvFeeds.open(p, null, 1);
        BadInputException e = assertThrows(BadInputException.class, feed::preload);
        assertEquals(p + ": no data rows after the header line", e.getMessage());
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() throws IOException {
        Path p = dir.resolve("bom.csv");
        Files.write(p, ("\uFEFF" + CsvFeeds.BACKTRADER_HEADER + "\r\n2020-01-02,1,2,0.5,1.5,10,0\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Bar> bars = FeedTestFiles.drain(CsvFeeds.open(p, null, 1));
        assertEquals(1, bars.size());
        assertEquals(1.5, bars.get(0).close);
    }
}
