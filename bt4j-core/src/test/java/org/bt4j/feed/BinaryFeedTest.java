package org.bt4j.feed;

import static org.bt4j.feed.FeedTestFiles.assertSameBars;
import static org.bt4j.feed.FeedTestFiles.drain;
import static org.bt4j.feed.FeedTestFiles.golden;
import static org.bt4j.feed.FeedTestFiles.preloaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.line.LineBuffer;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryFeedTest {

    @TempDir
    Path dir;

    private static SourceFeed csv(String file, String timeframe, String zone) {
        SourceFeed f = CsvFeeds.open(golden(file), timeframe.isEmpty() ? null : TimeFrame.parse(timeframe), 1);
        if (!zone.isEmpty()) {
            f.tz(ZoneId.of(zone));
        }
        return f;
    }

    private Path convert(String file, String timeframe, String zone) {
        Path out = dir.resolve(file + BarFile.EXTENSION);
        BarFileWriter.write(out, csv(file, timeframe, zone));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"bt-2006-day-001.txt,,", "daily-s1.csv,,", "nvda-2014.txt,,", "minute-s2.csv,Minutes,",
        "minute-s2.csv,Minutes,America/New_York", "daily-s1.csv,,Asia/Tokyo"})
    void roundTripGivesTheCsvFeedsBarsPreloadedAndStreamed(String file, String timeframe, String zone) {
        timeframe = timeframe == null ? "" : timeframe;
        zone = zone == null ? "" : zone;
        Path bin = convert(file, timeframe, zone);
        List<Bar> expected = drain(csv(file, timeframe, zone));

        BinaryFeed streamed = BinaryFeed.open(bin);
        assertSameBars(expected, drain(streamed));
        BinaryFeed loaded = BinaryFeed.open(bin);
        assertSameBars(expected, preloaded(loaded));
        assertTrue(loaded.isPreloaded());
        assertEquals(expected.size(), loaded.size());

        DataFeed reference = csv(file, timeframe, zone);
        assertEquals(reference.timeFrame(), loaded.timeFrame());
        assertEquals(reference.compression(), loaded.compression());
        assertEquals(reference.tz(), loaded.tz());
        assertEquals(reference.sessionEnd(), loaded.sessionEnd());
        assertEquals(file, loaded.name()); // the bar file's name without its .bt4j
    }

    @Test
    void preloadedBuffersMatchTheCsvFeedsBuffers() {
        Path bin = convert("minute-s2.csv", "Minutes", "");
        DataFeed fromCsv = CsvFeeds.open(golden("minute-s2.csv"), TimeFrame.Minutes, 1);
        fromCsv.preload();
        BinaryFeed fromBin = BinaryFeed.open(bin);
        fromBin.preload();
        assertEquals(fromCsv.size(), fromBin.size());
        for (int line = 0; line < fromCsv.lineCount(); line++) {
            for (int i = 0; i < fromCsv.size(); i++) {
                assertEquals(fromCsv.buffer(line).array()[i], fromBin.buffer(line).array()[i]);
            }
        }
        for (int i = 0; i < fromCsv.size(); i++) {
            assertEquals(fromCsv.datetime().array()[i], fromBin.datetime().array()[i]);
        }
        assertEquals(0, fromBin.len());
        assertTrue(fromBin.next());
        assertEquals(fromCsv.datetime().array()[0], fromBin.datetime(0));
    }

    @Test
    void dateLimitsSelectTheSameBarsPreloadedAndStreamed() {
        Path bin = convert("minute-s2.csv", "Minutes", "America/New_York");
        LocalDateTime from = LocalDateTime.of(2020, 3, 9, 10, 0);
        LocalDateTime to = LocalDateTime.of(2020, 3, 10, 12, 30);
        SourceFeed reference = csv("minute-s2.csv", "Minutes", "America/New_York");
        reference.fromDate(from).toDate(to);
        List<Bar> expected = drain(reference);
        assertEquals(390 - 30 + 181, expected.size());

        assertSameBars(expected, drain(BinaryFeed.open(bin).fromDate(from).toDate(to)));
        assertSameBars(expected, preloaded(BinaryFeed.open(bin).fromDate(from).toDate(to)));
        // whole-day limits use the session times from the file
        SourceFeed days = csv("minute-s2.csv", "Minutes", "America/New_York");
        days.fromDate(LocalDate.of(2020, 3, 3)).toDate(LocalDate.of(2020, 3, 4));
        assertSameBars(drain(days), preloaded(BinaryFeed.open(bin).fromDate(LocalDate.of(2020, 3, 3))
            .toDate(LocalDate.of(2020, 3, 4))));
        // limits outside the data
        assertEquals(0, preloaded(BinaryFeed.open(bin).fromDate(LocalDate.of(2030, 1, 1))).size());
        assertEquals(7800, preloaded(BinaryFeed.open(bin).toDate(LocalDate.of(2030, 1, 1))).size());
    }

    @Test
    void streamingIntoBoundedLinesReadsFromTheMapping() {
        Path bin = convert("minute-s2.csv", "Minutes", "");
        BinaryFeed s = BinaryFeed.open(bin);
        for (int i = 0; i < s.lineCount(); i++) {
            s.buffer(i).bound(1);
        }
        s.datetime().bound(3);
        s.start();
        int n = 0;
        while (s.next()) {
            n++;
        }
        s.stop();
        assertEquals(7800, n);
        LineBuffer close = s.buffer(DataFeed.CLOSE);
        assertTrue(close.isBounded());
        List<Bar> all = drain(BinaryFeed.open(bin));
        assertEquals(all.get(7799).close, close.get(0));
        assertEquals(all.get(7798).close, close.get(-1));
    }

    @Test
    void headerSetsBarSizeZoneAndSessions() {
        Path bin = dir.resolve("h.bt4j");
        try (BarFileWriter w = BarFileWriter.create(bin, ZoneId.of("Europe/Berlin"), TimeFrame.Seconds, 5,
                LocalTime.of(8, 0), LocalTime.of(17, 30))) {
            w.append(1_000_000_000L, 1, 2, 0.5, 1.5, 10, 0);
            w.commit();
        }
        BinaryFeed f = BinaryFeed.open(bin);
        assertEquals(TimeFrame.Seconds, f.timeFrame());
        assertEquals(5, f.compression());
        assertEquals(ZoneId.of("Europe/Berlin"), f.tz());
        assertEquals(LocalTime.of(8, 0), f.sessionStart());
        assertEquals(LocalTime.of(17, 30), f.sessionEnd());
        assertEquals("h", f.name());
        assertEquals(1, f.barCount());
    }

    @Test
    void aBarThatBreaksTheBarRulesIsRefusedNamingItsNumberUnlessAccepted() {
        Path bin = dir.resolve("bad.bt4j");
        try (BarFileWriter w = BarFileWriter.create(bin, ZoneId.of("UTC"), TimeFrame.Days, 1,
                LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))) {
            w.append(86_400_000_000_000L, 1, 2, 0.5, 1.5, 10, 0);
            w.append(2 * 86_400_000_000_000L, 1, 2, 0.5, 1.5, 10, 0);
            w.append(3 * 86_400_000_000_000L, 10, 9, 0.5, 1.5, 10, 0); // high below the open
            w.commit();
        }
        String expected = bin + ": bar 3: high 9.0 is below the open 10.0 (--accept-bad-bars loads such bars)";
        BinaryFeed streamed = BinaryFeed.open(bin);
        streamed.next();
        streamed.next();
        assertEquals(expected, assertThrows(BadInputException.class, streamed::next).getMessage());
        assertEquals(expected, assertThrows(BadInputException.class, () -> BinaryFeed.open(bin).preload()).getMessage());
        BinaryFeed accepted = BinaryFeed.open(bin).checkBars(false);
        accepted.preload();
        assertEquals(3, accepted.size());
        BinaryFeed viaFiles = (BinaryFeed) DataFiles.checkBars(DataFiles.open(bin, null, 1), false);
        drain(viaFiles);
        assertEquals(3, viaFiles.len());
    }

    @Test
    void damagedDataIsRefusedBeforeTheFirstBar() throws Exception {
        Path bin = convert("daily-s1.csv", "", "");
        try (FileChannel ch = FileChannel.open(bin, StandardOpenOption.WRITE)) {
            // one close price of bar 500 changes
            long at = BarFile.HEADER_BYTES + 4L * 1000 * 8 + 499 * 8;
            ch.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(0, 123.45), at);
        }
        BinaryFeed streamed = BinaryFeed.open(bin);
        BadInputException e = assertThrows(BadInputException.class, streamed::next);
        assertEquals(bin + ": damaged bar file: the close column does not match its checksum", e.getMessage());
        BadInputException p = assertThrows(BadInputException.class, () -> BinaryFeed.open(bin).preload());
        assertEquals(e.getMessage(), p.getMessage());
    }

    @Test
    void missingAndForeignFilesAreOneLine() {
        BadInputException missing = assertThrows(BadInputException.class, () -> BinaryFeed.open(dir.resolve("no.bt4j")));
        assertEquals(dir.resolve("no.bt4j") + ": no such file", missing.getMessage());
        BadInputException csv = assertThrows(BadInputException.class, () -> BinaryFeed.open(golden("daily-s1.csv")));
        assertEquals(golden("daily-s1.csv") + ": not a bt4j bar file (no BT4JBARS signature)", csv.getMessage());
    }

    /**
     * A bar file of {@code bars} one-minute bars, with the bars in {@code bad} (index to open, high,
     * low, close, volume) written as given.
     */
    private Path generated(String name, int bars, java.util.Map<Integer, double[]> bad) {
        Path bin = dir.resolve(name);
        try (BarFileWriter w = BarFileWriter.create(bin, ZoneId.of("UTC"), TimeFrame.Minutes, 1,
                LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))) {
            java.util.Random random = new java.util.Random(7);
            double price = 100;
            for (int i = 0; i < bars; i++) {
                double[] b = bad.get(i);
                long time = 60_000_000_000L * (i + 1);
                if (b != null) {
                    w.append(time, b[0], b[1], b[2], b[3], b[4], 0);
                    continue;
                }
                double open = price;
                price = Math.max(1, price + random.nextGaussian());
                w.append(time, open, Math.max(open, price) + 0.5, Math.min(open, price) - 0.25, price, 100 + i % 7, i);
            }
            w.commit();
        }
        return bin;
    }

    @Test
    void parallelPreloadGivesTheSequentialBars() {
        for (String file : new String[] {"daily-s1.csv", "minute-s2.csv"}) {
            Path bin = convert(file, file.startsWith("minute") ? "Minutes" : "", "");
            assertSameBars(preloaded(BinaryFeed.open(bin).loadThreads(1)), preloaded(BinaryFeed.open(bin).loadThreads(4)));
        }
        int bars = BinaryFeed.PARALLEL_BARS * 3 + 17; // several ranges per thread, uneven ends
        Path big = generated("big.bt4j", bars, java.util.Map.of());
        List<Bar> expected = drain(BinaryFeed.open(big));
        assertEquals(bars, expected.size());
        for (int threads : new int[] {1, 2, 3, 4}) {
            BinaryFeed f = BinaryFeed.open(big).loadThreads(threads);
            assertSameBars(expected, preloaded(f));
        }
        LocalDateTime from = LocalDateTime.of(1970, 1, 2, 0, 0);
        assertSameBars(drain(BinaryFeed.open(big).fromDate(from)), preloaded(BinaryFeed.open(big).loadThreads(2).fromDate(from)));
    }

    @Test
    void parallelPreloadRefusesTheFirstBadBarInFileOrder() {
        int bars = BinaryFeed.PARALLEL_BARS * 2;
        double[] highBelowOpen = {10, 9, 0.5, 1.5, 10};
        double[] negativeVolume = {10, 11, 9, 10, -1};
        Path bin = generated("bad.bt4j", bars, java.util.Map.of(bars - 5, highBelowOpen, bars / 2 + 3, negativeVolume,
            bars / 3, highBelowOpen));
        String expected = bin + ": bar " + (bars / 3 + 1) + ": high 9.0 is below the open 10.0 (--accept-bad-bars loads such bars)";
        for (int threads : new int[] {1, 2, 4}) {
            BadInputException e = assertThrows(BadInputException.class, () -> BinaryFeed.open(bin).loadThreads(threads).preload());
            assertEquals(expected, e.getMessage(), threads + " threads");
        }
        BinaryFeed streamed = BinaryFeed.open(bin);
        assertEquals(expected, assertThrows(BadInputException.class, () -> drain(streamed)).getMessage());
        // a time out of order anywhere comes before any bar-rule problem, as bar-by-bar loading checks times first
        Path times = generated("times.bt4j", bars, java.util.Map.of(bars / 4, highBelowOpen));
        writeTimeAsAFaultyWriterWould(times, bars - 100, 60_000_000_000L * (bars - 100));
        for (int threads : new int[] {1, 2, 4}) {
            BadInputException e = assertThrows(BadInputException.class, () -> BinaryFeed.open(times).loadThreads(threads).preload());
            assertEquals(times + ": damaged bar file: bar " + (bars - 99) + " is not after the bar before it", e.getMessage());
        }
        BinaryFeed accepted = BinaryFeed.open(bin).checkBars(false).loadThreads(2);
        accepted.preload();
        assertEquals(bars, accepted.size());
    }

    /** Sets the time of bar {@code index} and re-signs the file, so only the order check can find it. */
    private static void writeTimeAsAFaultyWriterWould(Path bin, int index, long time) {
        try {
            byte[] b = java.nio.file.Files.readAllBytes(bin);
            ByteBuffer file = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
            int bars = (int) file.getLong(16);
            file.putLong(BarFile.HEADER_BYTES + 8 * index, time);
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(b, BarFile.HEADER_BYTES, 8 * bars);
            file.putInt(48, (int) crc.getValue()); // the time column's checksum
            crc.reset();
            crc.update(b, 0, 124);
            file.putInt(124, (int) crc.getValue()); // the header's
            java.nio.file.Files.write(bin, b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
