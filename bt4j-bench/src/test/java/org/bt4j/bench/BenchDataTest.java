package org.bt4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataFiles;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class BenchDataTest {

    @Test
    void writesTheGeneratorCsvOnceAndReusesIt() throws Exception {
        Path csv = BenchData.csv(1234);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(CsvFeeds.GENERIC_HEADER, lines.get(0));
        assertEquals(1235, lines.size());
        long modified = Files.getLastModifiedTime(csv).toMillis();
        assertEquals(csv, BenchData.csv(1234));
        assertEquals(modified, Files.getLastModifiedTime(csv).toMillis());
        double firstClose = Double.parseDouble(lines.get(1).split(",")[4]);
        assertEquals(BenchData.columns(1234).close()[0], firstClose);
    }

    @Test
    void convertsTheCsvToABarFileOnceWithTheSameBars() throws Exception {
        Path bin = BenchData.barFile(1234);
        assertEquals(bin, BenchData.barFile(1234));
        DataFeed feed = DataFiles.open(bin, TimeFrame.Minutes, 1);
        feed.preload();
        assertEquals(1234, feed.size());
        assertEquals(BenchData.columns(1234).close()[1233], feed.close().buffer().array()[1233]);
    }
}
