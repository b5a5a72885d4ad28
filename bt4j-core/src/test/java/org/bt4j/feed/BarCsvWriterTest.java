package org.bt4j.feed;

import static org.bt4j.feed.FeedTestFiles.assertSameBars;
import static org.bt4j.feed.FeedTestFiles.drain;
import static org.bt4j.feed.FeedTestFiles.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarCsvWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"bt-2006-day-001.txt,Days", "daily-s1.csv,Days", "nvda-2014.txt,Days", "minute-s2.csv,Minutes"})
    void csvToBinaryToCsvReadsBackTheSameBars(String file, String timeframe) {
        TimeFrame tf = TimeFrame.parse(timeframe);
        Path bin = dir.resolve("x.bt4j");
        BarFileWriter.write(bin, CsvFeeds.open(golden(file), tf, 1));
        Path csv = dir.resolve("back.csv");
        int n = BarCsvWriter.write(csv, BinaryFeed.open(bin));
        List<Bar> expected = drain(CsvFeeds.open(golden(file), tf, 1));
        assertEquals(expected.size(), n);
        assertSameBars(expected, drain(CsvFeeds.open(csv, tf, 1)));
    }

    @Test
    void layoutsFollowTheBarSize() throws Exception {
        Path daily = dir.resolve("d.csv");
        BarCsvWriter.write(daily, CsvFeeds.open(golden("daily-s1.csv"), null, 1));
        List<String> d = Files.readAllLines(daily);
        assertEquals(CsvFeeds.BACKTRADER_HEADER, d.get(0));
        assertEquals("2015-01-05,99.47,101.34,99.12,101.34,9368761.0,0.0", d.get(1));

        Path minute = dir.resolve("m.csv");
        BarCsvWriter.write(minute, CsvFeeds.open(golden("minute-s2.csv"), TimeFrame.Minutes, 1));
        List<String> m = Files.readAllLines(minute);
        assertEquals(CsvFeeds.GENERIC_HEADER, m.get(0));
        assertEquals("2020-03-02 09:30:00,50.01,50.17,49.92,50.07,6749.0,0.0", m.get(1));
        assertEquals(7801, m.size());
    }

    @Test
    void timesAreWrittenInTheFeedsZone() throws Exception {
        long utc = EpochNanos.of(2020, 7, 1, 13, 30, 0, 0);
        ArrayFeed f = ArrayFeed.of("z", new long[] {utc}, new double[] {1}, new double[] {2}, new double[] {0.5},
            new double[] {1.5}, new double[] {Double.NaN}, null);
        f.tz(ZoneId.of("America/New_York")).timeFrame(TimeFrame.Minutes, 1);
        Path out = dir.resolve("z.csv");
        BarCsvWriter.write(out, f);
        assertEquals("2020-07-01 09:30:00,1.0,2.0,0.5,1.5,nan,0.0", Files.readAllLines(out).get(1));
    }

    @Test
    void dailyBarsOffTheSessionEndKeepTheirTime() throws Exception {
        long t = EpochNanos.of(2020, 7, 1, 16, 0, 0, 0);
        ArrayFeed f = ArrayFeed.of("d", new long[] {t}, new double[] {1}, new double[] {2}, new double[] {0.5},
            new double[] {1.5}, new double[] {10}, null);
        Path out = dir.resolve("d.csv");
        BarCsvWriter.write(out, f);
        assertEquals("2020-07-01,16:00:00,1.0,2.0,0.5,1.5,10.0,0.0", Files.readAllLines(out).get(1));
        assertEquals(t, drain(CsvFeeds.open(out, null, 1)).get(0).time);
    }

    @Test
    void subSecondIntradayTimesAreRefusedAndNothingIsWritten() {
        ArrayFeed f = ArrayFeed.of("s", new long[] {1_500_000_000L}, new double[] {1}, new double[] {1},
            new double[] {1}, new double[] {1}, new double[] {1}, null);
        f.timeFrame(TimeFrame.Seconds, 1);
        Path out = dir.resolve("s.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> BarCsvWriter.write(out, f));
        assertEquals("s: bar 1 at 1970-01-01T00:00:01.500 has a fraction of a second, which the CSV layout cannot"
            + " hold (it keeps whole seconds)", e.getMessage());
        assertEquals(false, Files.exists(out));
    }
}
