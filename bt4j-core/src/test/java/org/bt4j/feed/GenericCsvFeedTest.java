package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvFeedTest {

    @TempDir
    Path dir;

    private GenericCsvFeed minutes(Path p) {
        GenericCsvFeed f = new GenericCsvFeed(p);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    @Test
    void customColumnsSeparatorFormatsAndNullValue() throws IOException {
        Path p = FeedTestFiles.write(dir, "c.txt",
            "Close;Time;Date;Open",
            "10.5;09:31;02/01/2020;10",
            "11;09:32;02/01/2020;");
        GenericCsvFeed f = minutes(p);
        f.separator(';');
        f.datetimeColumn(2).timeColumn(1).dtformat("%d/%m/%Y").tmformat("%H:%M")
            .closeColumn(0).openColumn(3).highColumn(-1).lowColumn(-1).volumeColumn(-1).openInterestColumn(-1)
            .nullValue(-1.0);
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(2, bars.size());
        assertEquals(EpochNanos.of(2020, 1, 2, 9, 31, 0, 0), bars.get(0).time);
        assertEquals(10.0, bars.get(0).open);
        assertEquals(10.5, bars.get(0).close);
        assertEquals(-1.0, bars.get(0).high);
        assertEquals(-1.0, bars.get(1).open, "empty field reads as nullvalue");
        assertEquals("c", f.name());
    }

    @Test
    void defaultNullValueIsNaN() throws IOException {
        Path p = FeedTestFiles.write(dir, "n.csv", "h", "2020-01-02 10:00:00,1,2,0.5,1.5,,");
        List<Bar> bars = FeedTestFiles.drain(minutes(p));
        assertTrue(Double.isNaN(bars.get(0).volume));
        assertTrue(Double.isNaN(bars.get(0).openInterest));
    }

    @Test
    void unixSecondsAreUtcInstants() throws IOException {
        Path p = FeedTestFiles.write(dir, "u.csv", "h", "1577959200,1,2,0.5,1.5,1,0", "1577959260.5,1,2,0.5,1.5,1,0");
        GenericCsvFeed f = minutes(p);
        f.tz(ZoneId.of("America/New_York"));
        f.dtformat(2);
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(1577959200L * EpochNanos.SECOND, bars.get(0).time);
        assertEquals(1577959260L * EpochNanos.SECOND + 500_000_000L, bars.get(1).time);
        GenericCsvFeed g = minutes(p).dtformat(1);
        BadInputException e = assertThrows(BadInputException.class, () -> FeedTestFiles.drain(g));
        assertTrue(e.getMessage().startsWith(p + ":3: column 1: "), e.getMessage());
    }

    @Test
    void userParserFunction() throws IOException {
        Path p = FeedTestFiles.write(dir, "f.csv", "h", "20200102T1000,1,2,0.5,1.5,1,0");
        GenericCsvFeed f = minutes(p).dtformat(s -> LocalDateTime.of(Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)),
            Integer.parseInt(s.substring(9, 11)), Integer.parseInt(s.substring(11, 13))));
        assertEquals(EpochNanos.of(2020, 1, 2, 10, 0, 0, 0), FeedTestFiles.drain(f).get(0).time);
    }

    @Test
    void naiveTimesAreReadInTheFeedZone() throws IOException {
        // 2021-03-12 (EST, -5h) and 2021-03-15 (EDT, -4h) around the US change on 2021-03-14
        Path p = FeedTestFiles.write(dir, "z.csv", "h",
            "2021-03-12 09:30:00,1,1,1,1,1,0", "2021-03-15 09:30:00,1,1,1,1,1,0");
        GenericCsvFeed f = minutes(p);
        f.tz(ZoneId.of("America/New_York"));
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(EpochNanos.of(2021, 3, 12, 14, 30, 0, 0), bars.get(0).time);
        assertEquals(EpochNanos.of(2021, 3, 15, 13, 30, 0, 0), bars.get(1).time);
    }

    @Test
    void daysTimeframeKeepsStampsAfterSessionEnd() throws IOException {
        Path p = FeedTestFiles.write(dir, "d.csv", "h", "2020-01-02 10:00:00,1,1,1,1,1,0", "2020-01-03 18:00:00,1,1,1,1,1,0");
        GenericCsvFeed f = new GenericCsvFeed(p);
        f.sessions(java.time.LocalTime.of(9, 30), java.time.LocalTime.of(16, 0));
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(EpochNanos.of(2020, 1, 2, 16, 0, 0, 0), bars.get(0).time);
        assertEquals(EpochNanos.of(2020, 1, 3, 18, 0, 0, 0), bars.get(1).time);
    }

    @Test
    void badRowsNameFileLineAndColumn() throws IOException {
        Path p = FeedTestFiles.write(dir, "b.csv", "h", "2020-01-02 10:00:00,1,2,0.5,1.5,10,0",
            "2020-01-02 10:01:00,1,2,x,1.5,10,0");
        GenericCsvFeed f = minutes(p);
        BadInputException e = assertThrows(BadInputException.class, f::preload);
        assertEquals(p + ":3: column 4: bad number 'x' for low", e.getMessage());
        assertEquals(0, f.size(), "a failed preload loads nothing: the bad row is never delivered");
        assertEquals(false, f.next(), "reading stops after an error");

        Path m = FeedTestFiles.write(dir, "m.csv", "h", "2020-01-02 10:00:00,1,2,0.5");
        assertEquals(m + ":2: column 5: missing close (the row has 4 columns)",
            assertThrows(BadInputException.class, () -> minutes(m).preload()).getMessage());

        Path d = FeedTestFiles.write(dir, "dt.csv", "h", "2020-13-02 10:00:00,1,2,0.5,1,1,1");
        assertTrue(assertThrows(BadInputException.class, () -> minutes(d).preload()).getMessage()
            .startsWith(d + ":2: column 1: bad datetime: "));
    }

    @Test
    void unsortedAndDuplicateTimestampsAreRefused() throws IOException {
        Path dup = FeedTestFiles.write(dir, "dup.csv", "h", "2020-01-02 10:00:00,1,1,1,1,1,0",
            "", "2020-01-02 10:00:00,1,1,1,1,1,0");
        assertEquals(dup + ":4: column 1: duplicate timestamp (previous row at line 2)",
            assertThrows(BadInputException.class, () -> minutes(dup).preload()).getMessage());
        Path back = FeedTestFiles.write(dir, "back.csv", "h", "2020-01-02 10:00:00,1,1,1,1,1,0",
            "2020-01-02 09:00:00,1,1,1,1,1,0");
        assertEquals(back + ":3: column 1: timestamp goes backwards (previous row at line 2)",
            assertThrows(BadInputException.class, () -> minutes(back).preload()).getMessage());
    }

    @Test
    void noHeaderMode() throws IOException {
        Path p = FeedTestFiles.write(dir, "nh.csv", "2020-01-02 10:00:00,1,1,1,1,1,0");
        GenericCsvFeed f = minutes(p);
        f.headers(false);
        assertEquals(1, FeedTestFiles.drain(f).size());
    }

    @Test
    void badParametersAreRefused() {
        GenericCsvFeed f = new GenericCsvFeed(dir.resolve("x.csv"));
        assertThrows(IllegalArgumentException.class, () -> f.closeColumn(-2));
        assertThrows(IllegalArgumentException.class, () -> f.dtformat(3));
        assertThrows(IllegalArgumentException.class, () -> f.dtformat("%Q"));
        assertThrows(IllegalArgumentException.class, () -> f.separator('\n'));
    }

    @Test
    void preloadSizesTheBuffersFromTheFileOnce() {
        GenericCsvFeed f = minutes(FeedTestFiles.golden("minute-s2.csv")); // 7800 rows, 388 KiB
        f.preload();
        assertEquals(7800, f.size());
        int capacity = f.buffer(DataFeed.CLOSE).capacity();
        assertTrue(capacity >= 7800 && capacity <= 8200, "estimated from the file, never grown: " + capacity);

        GenericCsvFeed limited = minutes(FeedTestFiles.golden("minute-s2.csv"));
        limited.toDate(LocalDateTime.of(2020, 3, 2, 10, 0));
        limited.preload();
        assertEquals(31, limited.size());
        assertTrue(limited.buffer(DataFeed.CLOSE).capacity() < 1000, "date limits: no estimate from the whole file");
    }

    @Test
    void everyGenericDialectPreloadsInPartsAsRowByRow() throws IOException {
        StringBuilder semi = new StringBuilder("Close;Time;Date;Open\r\n");
        StringBuilder unix = new StringBuilder("h\n");
        StringBuilder iso = new StringBuilder(CsvFeeds.GENERIC_HEADER + "\n");
        StringBuilder days = new StringBuilder("h\n");
        for (int i = 0; i < 400; i++) {
            int minute = 570 + i;
            semi.append(10 + i % 9).append(i % 5 == 0 ? ".5" : "").append(';').append(String.format("%02d:%02d", minute / 60 % 24,
                minute % 60)).append(';').append(String.format("%02d/01/2020", 2 + minute / 1440)).append(';')
                .append(i % 11 == 0 ? "" : "10").append(i % 3 == 0 ? "\r\n" : "\n");
            unix.append(1577959200L + 60L * i).append(i % 2 == 0 ? ".5" : "").append(",1,2,0.5,1.5,1,0\n");
            iso.append(String.format("2020-01-%02dT%02d:%02d:00", 2 + minute / 1440, minute / 60 % 24, minute % 60))
                .append(",1,2,0.5,1.5,").append(i % 4 == 0 ? "" : "7").append(",0\n");
            days.append(String.format("2019-%02d-%02d 10:00:00,1,2,0.5,1.5,1,0%n", 1 + i / 28, 1 + i % 28));
        }
        Path p = FeedTestFiles.write(dir, "semi.txt", semi.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> {
            GenericCsvFeed f = minutes(p);
            f.separator(';');
            return f.datetimeColumn(2).timeColumn(1).dtformat("%d/%m/%Y").tmformat("%H:%M").closeColumn(0).openColumn(3)
                .highColumn(-1).lowColumn(-1).volumeColumn(-1).openInterestColumn(-1).nullValue(-1.0);
        });
        Path u = FeedTestFiles.write(dir, "unix.csv", unix.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> minutes(u).dtformat(2));
        Path iso8601 = FeedTestFiles.write(dir, "iso.csv", iso.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> CsvFeeds.open(iso8601, TimeFrame.Minutes, 1));
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> minutes(iso8601).dtformat(t -> java.time.LocalDateTime.parse(t)));
        Path d = FeedTestFiles.write(dir, "days.csv", days.toString());
        FeedTestFiles.assertPreloadMatchesRowByRow(() -> {
            GenericCsvFeed f = new GenericCsvFeed(d);
            f.tz(java.time.ZoneId.of("America/New_York"));
            f.sessions(java.time.LocalTime.of(9, 30), java.time.LocalTime.of(16, 0));
            return f;
        });
    }
    /**
     * The one-pass reading of plain lines changes nothing: files of plain rows with some lines
     * broken (bytes replaced, inserted, deleted, blank lines, CRLF, extra columns), read with the
     * plain path and with the general path alone (the feed's parser behind one that offers no plain
     * lines), give the same bars bit for bit, or the same error line; with bar checks and without,
     * in the default layout, in Days, and with other columns and a separator.
     */
    @Test
    void plainLinesReadAsTheGeneralPathReadsThem() throws IOException {
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        String alphabet = "0123456789.-+e ,;:\r\n\tTx";
        for (int file = 0; file < 80; file++) {
            boolean semi = file % 4 == 3;
            char sep = semi ? ';' : ',';
            StringBuilder text = new StringBuilder(semi ? "v;close;dt;open\n" : CsvFeeds.GENERIC_HEADER + "\n");
            long minute = 0;
            for (int row = 0; row < 300; row++) {
                minute += 1 + r.nextInt(3);
                String dt = String.format("2020-%02d-%02d %02d:%02d:00", 1 + (int) (minute / 40000), 1 + (int) (minute / 1440 % 28),
                    minute / 60 % 24, minute % 60);
                double price = 100 + r.nextInt(100_000) / 100.0;
                StringBuilder line = new StringBuilder();
                if (semi) {
                    line.append(r.nextInt(1000)).append(';').append(price).append(';').append(dt).append(';').append(price);
                } else {
                    line.append(dt).append(',').append(price).append(',').append(price + 0.5).append(',').append(price - 0.5)
                        .append(',').append(price).append(',').append(r.nextInt(10_000)).append(",0");
                }
                if (r.nextInt(20) == 0) {
                    line.append(sep).append("extra");
                }
                if (file % 3 != 0 && r.nextInt(60) == 0) {
                    FeedTestFiles.mutate(line, r, alphabet);
                }
                text.append(line).append(r.nextInt(10) == 0 ? "\r\n" : "\n").append(r.nextInt(100) == 0 ? "\n" : "");
            }
            Path p = dir.resolve("plain" + file + ".csv");
            java.nio.file.Files.writeString(p, text.toString());
            boolean check = file % 2 == 0;
            TimeFrame tf = file % 5 == 4 ? TimeFrame.Days : TimeFrame.Minutes;
            java.util.function.Supplier<GenericCsvFeed> generic = () -> {
                GenericCsvFeed f = new GenericCsvFeed(p);
                f.timeFrame(tf, 1);
                f.checkBars(check);
                if (semi) {
                    f.separator(';');
                    f.datetimeColumn(2).closeColumn(1).openColumn(3).highColumn(-1).lowColumn(-1).volumeColumn(0)
                        .openInterestColumn(-1);
                }
                return f;
            };
            String plain = FeedTestFiles.outcome(() -> FeedTestFiles.preloaded(generic.get()));
            String general = FeedTestFiles.outcome(() -> FeedTestFiles.preloaded(generalOnly(generic.get(), sep, check)));
            assertEquals(general, plain, "file " + file);
            assertEquals(general, FeedTestFiles.outcome(() -> FeedTestFiles.drain(generic.get())), "file " + file + " streamed");
        }
    }

    /**
     * A file whose first rows are not plain (an empty open interest) makes the rows drop the plain
     * reader after {@link CsvRows#PLAIN_MISSES_TO_STOP} of them; the plain rows after it are then
     * read the general way: the same bars, and the same error line for a bad row among them.
     */
    @Test
    void aFileOfLinesThatAreNotPlainDropsThePlainReaderAndLosesNoRow() throws IOException {
        for (boolean bad : new boolean[] {false, true}) {
            StringBuilder text = new StringBuilder(CsvFeeds.GENERIC_HEADER + "\n");
            for (int row = 0; row < 3 * CsvRows.PLAIN_MISSES_TO_STOP; row++) {
                double price = 100 + row / 4.0;
                text.append(String.format(java.util.Locale.ROOT, "2020-01-02 %02d:%02d:00,%s,%s,%s,%s,%d,%s\n", row / 60, row % 60,
                    price, price + 1, price - 1, price, 10 + row, row < CsvRows.PLAIN_MISSES_TO_STOP + 5 ? "" : "0"));
            }
            if (bad) {
                text.append("2020-01-02 05:00:00,1,0.5,2,1,1,0\n");
            }
            Path p = dir.resolve("notplain-" + bad + ".csv");
            java.nio.file.Files.writeString(p, text.toString());
            String general = FeedTestFiles.outcome(() -> FeedTestFiles.preloaded(generalOnly(new GenericCsvFeed(p), ',', true)));
            assertEquals(general, FeedTestFiles.outcome(() -> FeedTestFiles.preloaded(new GenericCsvFeed(p))));
            assertEquals(general, FeedTestFiles.outcome(() -> FeedTestFiles.drain(new GenericCsvFeed(p))));
            assertEquals(bad, general.contains(":" + (3 * CsvRows.PLAIN_MISSES_TO_STOP + 2) + ":"), general);
        }
    }

    /** {@code f} with its rows read the general way only: its parser behind one that is no {@link PlainLineParser}. */
    private static CsvFeed generalOnly(GenericCsvFeed f, char separator, boolean checkBars) {
        CsvFeed general = new CsvFeed(f.path()) {
            @Override
            protected RowParser rowParser() {
                RowParser p = f.rowParser();
                assertTrue(p instanceof PlainLineParser, "the feed has a plain path to compare with");
                return new RowParser() {
                    @Override
                    public long parse(CsvFeed.Row row, Bar bar) {
                        return p.parse(row, bar);
                    }

                    @Override
                    public boolean absent(int field) {
                        return p.absent(field);
                    }
                };
            }
        };
        general.timeFrame(f.timeFrame(), f.compression());
        general.separator(separator);
        return general.checkBars(checkBars);
    }
}
