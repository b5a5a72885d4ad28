package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.bt4j.BadInputException;
import org.bt4j.feed.gen.BarGenerator;
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

    /** 20,000 generated minute bars as CSV: about 1.2 MB, more than two of a preload's smallest parts. */
    private Path minuteCsv() throws IOException {
        Path p = dir.resolve("m.csv");
        BarGenerator.minute(42, 100_000, LocalDate.of(2020, 3, 2), 20_000).write(p);
        assertTrue(Files.size(p) > 2 * CsvParts.PART_BYTES);
        return p;
    }

    /** The CSV opened as a minute or daily file in New York's zone, preloading on two threads. */
    private static Supplier<SourceFeed> opener(Path csv, TimeFrame tf) {
        return () -> {
            CsvFeed f = (CsvFeed) DataFiles.open(csv, tf, 1);
            f.loadThreads(2).tz(ZoneId.of("America/New_York"));
            return f;
        };
    }

    private static int write(Path out, SourceFeed feed) {
        return out.toString().endsWith(BarFile.EXTENSION) ? BarFileWriter.write(out, feed)
            : BarCsvWriter.write(out, feed);
    }

    /** The message of what writing {@code feed} to {@code out} throws; nothing is left at {@code out}. */
    private static String failure(Path out, SourceFeed feed) {
        String message = assertThrows(BadInputException.class, () -> write(out, feed)).getMessage();
        assertTrue(Files.notExists(out), out.toString());
        return message;
    }

    @Test
    void aCsvPreloadedOnAllCoresWritesTheBytesOfTheStream() throws IOException {
        Supplier<SourceFeed> open = opener(minuteCsv(), TimeFrame.Minutes);
        for (String name : new String[] {"m.bt4j", "m-out.csv"}) {
            SourceFeed preloaded = DataFiles.preloadedIfRoom(open, Long.MAX_VALUE);
            assertTrue(preloaded.isPreloaded());
            assertEquals(20_000, write(dir.resolve("preloaded-" + name), preloaded));
            SourceFeed streamed = open.get();
            assertEquals(20_000, write(dir.resolve("streamed-" + name), streamed));
            assertEquals(-1, Files.mismatch(dir.resolve("preloaded-" + name), dir.resolve("streamed-" + name)), name);
        }
    }

    @Test
    void aBadRowInALaterPartFailsAsTheStreamDoes() throws IOException {
        Path csv = minuteCsv();
        List<String> lines = Files.readAllLines(csv);
        lines.set(17_001, lines.get(17_001).replaceFirst(",[0-9.]+,", ",50.0x,"));
        Files.write(csv, lines);
        Supplier<SourceFeed> open = opener(csv, TimeFrame.Minutes);
        String streamed = failure(dir.resolve("s.bt4j"), open.get());
        assertTrue(streamed.startsWith(csv + ":17002: column 2: "), streamed);
        assertEquals(streamed, assertThrows(BadInputException.class, () -> open.get().preload()).getMessage());
        assertEquals(streamed, failure(dir.resolve("p.bt4j"), DataFiles.preloadedIfRoom(open, Long.MAX_VALUE)));
        assertEquals(failure(dir.resolve("s.csv"), open.get()),
            failure(dir.resolve("p.csv"), DataFiles.preloadedIfRoom(open, Long.MAX_VALUE)));

        // read as daily bars, the writer refuses bar 2 (same day) long before the bad row: still the first problem
        Supplier<SourceFeed> daily = opener(csv, TimeFrame.Days);
        streamed = failure(dir.resolve("d.bt4j"), daily.get());
        assertTrue(streamed.startsWith("m: bar 2 at "), streamed);
        assertEquals(streamed, failure(dir.resolve("d.bt4j"), DataFiles.preloadedIfRoom(daily, Long.MAX_VALUE)));
    }

    @Test
    void aCsvWhoseBarsWouldCrowdTheHeapStreams() throws IOException {
        Path csv = minuteCsv();
        Supplier<SourceFeed> open = opener(csv, TimeFrame.Minutes);
        long columns = CsvParts.columnBytes(csv);
        assertTrue(DataFiles.preloadedIfRoom(open, 4 * columns).isPreloaded());
        assertFalse(DataFiles.preloadedIfRoom(open, 4 * columns - 4).isPreloaded());
        Path bin = dir.resolve("m.bt4j");
        write(bin, open.get());
        assertFalse(DataFiles.preloadedIfRoom(() -> DataFiles.open(bin, null, 1), Long.MAX_VALUE).isPreloaded());
    }
}
