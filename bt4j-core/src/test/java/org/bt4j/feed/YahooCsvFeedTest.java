package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bt4j.time.EpochNanos;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YahooCsvFeedTest {

    @TempDir
    Path dir;

    @Test
    void adjustsRoundsAndSkipsNullRows() throws IOException {
        Path p = FeedTestFiles.write(dir, "y.csv", CsvFeeds.YAHOO_HEADER,
            "2014-01-02,15.920000,15.980000,15.720000,15.860000,15.096152,6502300",
            "2014-01-03,null,null,null,null,null,null",
            "2014-01-06,15.890000,15.920000,15.620000,15.670000,14.915301,6483300");
        List<Bar> bars = FeedTestFiles.drain(new YahooCsvFeed(p));
        assertEquals(2, bars.size());
        double f = 15.86 / 15.096152;
        assertEquals(PyFormat.round(15.92 / f, 2), bars.get(0).open);
        assertEquals(PyFormat.round(15.096152, 2), bars.get(0).close);
        assertEquals(PyFormat.round(6502300 * f, 0), bars.get(0).volume);
        assertEquals(EpochNanos.of(2014, 1, 6, 23, 59, 59, 999_990_000), bars.get(1).time);
    }

    @Test
    void rawPricesWithoutAdjustmentOrRounding() throws IOException {
        Path p = FeedTestFiles.write(dir, "y.csv", CsvFeeds.YAHOO_HEADER,
            "2014-01-02,15.920000,15.980000,15.720000,15.860000,15.096152,6502300");
        List<Bar> bars = FeedTestFiles.drain(new YahooCsvFeed(p).adjClose(false).round(false));
        assertEquals(15.92, bars.get(0).open);
        assertEquals(15.86, bars.get(0).close);
        assertEquals(6502300.0, bars.get(0).volume);
    }

    @Test
    void reverseReadsNewestFirstFiles() throws IOException {
        Path p = FeedTestFiles.write(dir, "r.csv", CsvFeeds.YAHOO_HEADER,
            "2014-01-03,2,2,2,2,2,10",
            "2014-01-02,1,1,1,1,1,10");
        List<Bar> bars = FeedTestFiles.drain(new YahooCsvFeed(p).reverse(true));
        assertEquals(2, bars.size());
        assertEquals(1.0, bars.get(0).close);
        assertEquals(2.0, bars.get(1).close);
    }

    @Test
    void preloadsInPartsAsRowByRowWithNullRowsAndEitherOrder() throws IOException {
        StringBuilder sb = new StringBuilder(CsvFeeds.YAHOO_HEADER + "\n");
        for (int i = 0; i < 300; i++) {
            String day = String.format("2014-%02d-%02d", 1 + i / 28, 1 + i % 28);
            sb.append(day).append(i % 17 == 5 ? ",null,null,null,null,null,null"
                : ",15.920000,15.980000,15.720000,15.860000,15.096152," + (6502300 + i)).append('\n');
        }
        Path p = FeedTestFiles.write(dir, "y.csv", sb.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> new YahooCsvFeed(p));
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> new YahooCsvFeed(p).adjClose(false).round(false).swapCloses(true));
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> new YahooCsvFeed(p).reverse(true)); // fails: not newest first
    }
}
