package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bt4j.BadInputException;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarFileWriterTest {

    @TempDir
    Path dir;

    private BarFileWriter writer(Path target) {
        return BarFileWriter.create(target, ZoneId.of("UTC"), TimeFrame.Minutes, 1, LocalTime.MIDNIGHT,
            LocalTime.of(23, 59));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void manyBarsCrossTheBufferChunks() throws Exception {
        Path target = dir.resolve("many.bt4j");
        int n = 20_000; // more than one 64 KiB chunk per column
        try (BarFileWriter w = writer(target)) {
            for (int i = 0; i < n; i++) {
                w.append(60_000_000_000L * (i + 1), i, i + 0.5, i - 0.5, i + 0.25, 1000 + i, 0);
            }
            assertEquals(n, w.barCount());
            w.commit();
        }
        try (BarFile f = BarFile.open(target)) {
            f.verify();
            assertEquals(n, f.barCount());
            for (int i = 0; i < n; i += 997) {
                assertEquals(60_000_000_000L * (i + 1), f.time(i));
                assertEquals(i + 0.25, f.value(DataFeed.CLOSE, i));
                assertEquals(1000 + i, f.value(DataFeed.VOLUME, i));
            }
        }
        assertEquals(List.of("many.bt4j"), files());
    }

    @Test
    void uncommittedWriterLeavesTheTargetAndNoScratchFiles() throws Exception {
        Path target = dir.resolve("keep.bt4j");
        Files.writeString(target, "old content");
        try (BarFileWriter w = writer(target)) {
            w.append(1, 1, 1, 1, 1, 1, 1);
            assertEquals(8, files().size()); // the target plus one scratch file per column
        }
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("keep.bt4j"), files());
    }

    @Test
    void commitReplacesTheTargetAtomically() throws Exception {
        Path target = dir.resolve("new.bt4j");
        Files.writeString(target, "old content");
        try (BarFileWriter w = writer(target)) {
            w.append(5, 1, 2, 0, 1, 9, 0);
            w.commit();
            assertThrows(IllegalStateException.class, () -> w.append(6, 1, 1, 1, 1, 1, 1));
        }
        assertEquals(1, BarFile.open(target).barCount());
        assertEquals(List.of("new.bt4j"), files());
    }

    @Test
    void timesMustStrictlyIncrease() {
        try (BarFileWriter w = writer(dir.resolve("t.bt4j"))) {
            w.append(120_000_000_000L, 1, 1, 1, 1, 1, 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> w.append(120_000_000_000L, 1, 1, 1, 1, 1, 1));
            assertEquals("bar 2 at 1970-01-01T00:02Z is not after the previous bar at 1970-01-01T00:02Z", e.getMessage());
        }
    }

    @Test
    void emptyFileHoldsNoBars() {
        Path target = dir.resolve("empty.bt4j");
        try (BarFileWriter w = writer(target)) {
            w.commit();
        }
        BinaryFeed f = BinaryFeed.open(target);
        assertEquals(0, f.barCount());
        f.preload();
        assertEquals(0, f.size());
        assertEquals(0, FeedTestFiles.drain(BinaryFeed.open(target)).size());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BarFileWriter.create(dir.resolve("x"), ZoneId.of("UTC"),
            TimeFrame.Days, 0, LocalTime.MIDNIGHT, LocalTime.NOON));
        assertThrows(IllegalArgumentException.class, () -> BarFileWriter.create(dir.resolve("x"), null,
            TimeFrame.Days, 1, LocalTime.MIDNIGHT, LocalTime.NOON));
    }

    @Test
    void writingAFeedStreamsItAndNamesItsBadBars() throws Exception {
        Path target = dir.resolve("daily.bt4j");
        CsvFeed feed = CsvFeeds.open(FeedTestFiles.golden("daily-s1.csv"), null, 1);
        assertEquals(1000, BarFileWriter.write(target, feed));
        assertTrue(feed.buffer(DataFeed.CLOSE).isBounded(), "an unloaded feed is streamed through rings");
        assertEquals(1000, BarFile.open(target).barCount());

        // minute bars read as Days collapse onto one stamp per day: refused with the feed's name
        CsvFeed wrong = CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Days, 1);
        BadInputException e = assertThrows(BadInputException.class,
            () -> BarFileWriter.write(dir.resolve("wrong.bt4j"), wrong));
        assertTrue(e.getMessage().startsWith("minute-s2: bar 2 at 2020-03-02T23:59:59.999990Z is not after"),
            e.getMessage());
        assertEquals(List.of("daily.bt4j"), files());
    }

    @Test
    void aPreloadedFeedIsWrittenFromItsColumnsAsTheStreamWritesIt() throws Exception {
        Path csv = dir.resolve("m.csv");
        BarGenerator.minute(3, 5_000, LocalDate.of(2021, 3, 1), 20_000).write(csv); // 3 chunks a column
        CsvFeed preloaded = CsvFeeds.open(csv, TimeFrame.Minutes, 1);
        preloaded.tz(ZoneId.of("Asia/Tokyo"));
        preloaded.preload();
        assertEquals(20_000, BarFileWriter.write(dir.resolve("preloaded.bt4j"), preloaded));
        assertFalse(preloaded.next(), "the cursor is past the bars written");
        CsvFeed streamed = CsvFeeds.open(csv, TimeFrame.Minutes, 1);
        streamed.tz(ZoneId.of("Asia/Tokyo"));
        assertEquals(20_000, BarFileWriter.write(dir.resolve("streamed.bt4j"), streamed));
        assertEquals(-1, Files.mismatch(dir.resolve("preloaded.bt4j"), dir.resolve("streamed.bt4j")));

        CsvFeed stepped = CsvFeeds.open(csv, TimeFrame.Minutes, 1);
        stepped.preload();
        stepped.next();
        assertEquals(19_999, BarFileWriter.write(dir.resolve("stepped.bt4j"), stepped), "from the cursor on");

        // read as Days, bar 2 falls on bar 1's stamp: the same line as streaming, and nothing written
        String streamedError = assertThrows(BadInputException.class,
            () -> BarFileWriter.write(dir.resolve("days.bt4j"), CsvFeeds.open(csv, TimeFrame.Days, 1))).getMessage();
        assertTrue(streamedError.startsWith("m: bar 2 at 2021-03-01T23:59:59.999990Z is not after"), streamedError);
        CsvFeed days = CsvFeeds.open(csv, TimeFrame.Days, 1);
        days.preload();
        assertEquals(streamedError, assertThrows(BadInputException.class,
            () -> BarFileWriter.write(dir.resolve("days.bt4j"), days)).getMessage());
        assertEquals(List.of("m.csv", "preloaded.bt4j", "stepped.bt4j", "streamed.bt4j"), files());
    }
}
