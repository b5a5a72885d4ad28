package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktraderCsvFeedTest {

    @TempDir
    Path dir;

    @Test
    void dateOnlyRowsTakeTheSessionEndAndTimeRowsTheirTime() throws IOException {
        Path p = FeedTestFiles.write(dir, "bt.csv", CsvFeeds.BACKTRADER_HEADER,
            "2020-01-02,1,2,0.5,1.5,100,3", "2020-01-03,10:15:00,1,2,0.5,1.5,100,3");
        List<Bar> bars = FeedTestFiles.drain(new BacktraderCsvFeed(p));
        assertEquals(EpochNanos.of(2020, 1, 2, 23, 59, 59, 999_990_000), bars.get(0).time);
        assertEquals(EpochNanos.of(2020, 1, 3, 10, 15, 0, 0), bars.get(1).time);
        assertEquals(3.0, bars.get(1).openInterest);
    }

    @Test
    void customSessionEndAndZone() throws IOException {
        Path p = FeedTestFiles.write(dir, "bt.csv", CsvFeeds.BACKTRADER_HEADER, "2020-07-02,1,2,0.5,1.5,100,0");
        BacktraderCsvFeed f = new BacktraderCsvFeed(p);
        f.tz(ZoneId.of("Europe/Berlin"));
        f.sessions(LocalTime.of(9, 0), LocalTime.of(17, 30));
        assertEquals(EpochNanos.of(2020, 7, 2, 15, 30, 0, 0), FeedTestFiles.drain(f).get(0).time);
    }

    @Test
    void badDateIsReported() throws IOException {
        Path p = FeedTestFiles.write(dir, "bt.csv", CsvFeeds.BACKTRADER_HEADER, "2020-02-30,1,2,0.5,1.5,100,0");
        BadInputException e = assertThrows(BadInputException.class, () -> new BacktraderCsvFeed(p).preload());
        assertEquals(p + ":2: column 1: bad date: time data '2020-02-30' is not a valid date/time (format '%Y-%m-%d')",
            e.getMessage());
    }

    @Test
    void preloadsInPartsAsRowByRowWithAndWithoutTimes() throws IOException {
        StringBuilder daily = new StringBuilder(CsvFeeds.BACKTRADER_HEADER + "\n");
        StringBuilder intraday = new StringBuilder(CsvFeeds.BACKTRADER_TIME_HEADER + "\r\n");
        for (int i = 0; i < 300; i++) {
            daily.append(String.format("2019-%02d-%02d,1,2,0.5,1.5,100,%d%n", 1 + i / 28, 1 + i % 28, i));
            intraday.append(String.format("2020-01-%02d,%02d:%02d:00,1,2,0.5,1.5,100,3\r\n", 2 + i / 60, 10, i % 60));
        }
        Path d = FeedTestFiles.write(dir, "d.csv", daily.toString());
        Path t = FeedTestFiles.write(dir, "t.csv", intraday.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> {
            BacktraderCsvFeed f = new BacktraderCsvFeed(d);
            f.tz(ZoneId.of("Europe/Berlin"));
            return f;
        });
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> new BacktraderCsvFeed(t));
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> new BacktraderCsvFeed(FeedTestFiles.golden("bt-2006-day-001.txt")));
    }
}
