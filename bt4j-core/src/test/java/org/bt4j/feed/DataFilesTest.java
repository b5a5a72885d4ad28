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
    void missingFileIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> DataFiles.open(dir.resolve("x"), null, 1));
        assertEquals(dir.resolve("x") + ": no such file", e.getMessage());
    }
}
