package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    @TempDir
    Path dir;

    @Test
    void choosesTheFeedByContent() {
        Path csv = FeedTestFiles.golden("minute-s2.csv");
        assertInstanceOf(GenericCsvFeed.class, DataFiles.open(csv, TimeFrame.Minutes, 1));
        Path bin = dir.resolve("m.csv"); // the name does not matter, the signature does
        BarFileWriter.write(bin, CsvFeeds.open(csv, TimeFrame.Minutes, 1));
        SourceFeed f = DataFiles.open(bin, null, 1);
        assertInstanceOf(BinaryFeed.class, f);
        assertEquals(TimeFrame.Minutes, f.timeFrame());
        assertInstanceOf(BinaryFeed.class, DataFiles.open(bin, TimeFrame.Minutes, 1));
    }

    @Test
    void aBarFileOfAnotherSizeIsRefused() {
        Path bin = dir.resolve("m.bt4j");
        BarFileWriter.write(bin, CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Minutes, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> DataFiles.open(bin, TimeFrame.Days, 1));
        assertEquals(bin + ": holds Minutes/1 bars, not the Days/1 asked for", e.getMessage());
        assertThrows(BadInputException.class, () -> DataFiles.open(bin, TimeFrame.Minutes, 5));
    }

    @Test
    void aDialectReadsAFileNoHeaderNames() throws Exception {
        // the first rows of minute-s2.csv, rewritten as a backtrader user would meet them:
        // ';' separated, date and time in two columns, no header, no open interest
        Path p = FeedTestFiles.write(dir, "odd.txt", "20200302;0930;50.00;50.12;49.95;50.07;1234",
            "20200302;0931;50.07;50.20;50.01;50.15;4321");
        CsvDialect d = CsvDialect.DEFAULT.withSeparator(';').withHeaders(false).withDtformat("%Y%m%d")
            .withColumn("time", 1).withTmformat("%H%M").withColumn("open", 2).withColumn("high", 3)
            .withColumn("low", 4).withColumn("close", 5).withColumn("volume", 6).withoutOpenInterest()
            .withNullValue(0.0);
        java.util.List<Bar> bars = FeedTestFiles.drain(DataFiles.open(p, TimeFrame.Minutes, 1, d));
        assertEquals(2, bars.size());
        assertEquals(org.bt4j.time.EpochNanos.of(2020, 3, 2, 9, 31, 0, 0), bars.get(1).time);
        assertEquals(50.15, bars.get(1).close);
        assertEquals(4321.0, bars.get(1).volume);
        assertEquals(0.0, bars.get(1).openInterest);
    }

    @Test
    void csvOptionsOnABarFileAreRefused() {
        Path bin = dir.resolve("m.bt4j");
        BarFileWriter.write(bin, CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Minutes, 1));
        BadInputException e = assertThrows(BadInputException.class,
            () -> DataFiles.open(bin, null, 1, CsvDialect.DEFAULT.withSeparator(';')));
        assertEquals(bin + ": is a bt4j bar file; the CSV options do not apply to it", e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> DataFiles.open(dir.resolve("x"), null, 1));
        assertEquals(dir.resolve("x") + ": no such file", e.getMessage());
        e = assertThrows(BadInputException.class,
            () -> DataFiles.open(dir.resolve("x"), null, 1, CsvDialect.DEFAULT.withHeaders(false)));
        assertEquals(dir.resolve("x") + ": no such file", e.getMessage());
    }
}
