package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CsvFeed}, the CSV base, through the smallest possible subclass: header and blank lines,
 * separator, silently skipped rows, strictly increasing timestamps, reversed files, the {@link
 * CsvFeed.Row} accessors, and every error as one {@code file:line: column N: problem} line.
 */
class CsvFeedTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    /** Rows "unix seconds,close[,volume]"; a first field "skip" drops the row. */
    static final class SecondsCsv extends CsvFeed {
        private final boolean decimalSeconds;

        SecondsCsv(Path path, boolean decimalSeconds) {
            super(path);
            this.decimalSeconds = decimalSeconds;
        }

        SecondsCsv reversed() {
            reverseRows(true);
            return this;
        }

        @Override
        protected RowParser rowParser() {
            return (row, bar) -> {
                if (row.equals(0, "skip")) {
                    return RowParser.SKIP;
                }
                long time = row.unixSeconds(0, decimalSeconds, "time");
                double close = row.numberOr(1, "close", Double.NaN);
                double volume = row.size() > 2 && !row.isEmpty(2) ? row.number(2, "volume") : 0;
                bar.set(time, close, close, close, close, volume, 0);
                return time;
            };
        }
    }

    private Path file(String... lines) throws IOException {
        return FeedTestFiles.write(dir, "prices.csv", lines);
    }

    private static String error(CsvFeed f) {
        String m = assertThrows(BadInputException.class, () -> FeedTestFiles.drain(f)).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void skipsTheHeaderBlankLinesAndRowsTheSubclassDrops() throws IOException {
        CsvFeed f = new SecondsCsv(file("time,close,volume", "60,1.5,10", "", "skip,9", "120,,"), false)
            .checkBars(false); // the last row has no close
        assertEquals("prices", f.name());
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(2, bars.size());
        assertEquals(60 * SECOND, bars.get(0).time);
        assertEquals(1.5, bars.get(0).close);
        assertEquals(10.0, bars.get(0).volume);
        assertEquals(120 * SECOND, bars.get(1).time);
        assertTrue(Double.isNaN(bars.get(1).close));
    }

    @Test
    void customSeparatorWithoutHeaderAndDecimalSeconds() throws IOException {
        CsvFeed f = new SecondsCsv(file("1.5;2", "2.25;3"), true).headers(false).separator(';');
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(List.of(1_500_000_000L, 2_250_000_000L), List.of(bars.get(0).time, bars.get(1).time));
        assertEquals(3.0, bars.get(1).close);
        assertThrows(IllegalArgumentException.class, () -> f.separator('\n'));
        assertThrows(IllegalArgumentException.class, () -> f.separator('\u00e9'));
    }

    @Test
    void reversedFilesComeOutOldestFirstAndKeepTheirLineNumbers() throws IOException {
        List<Bar> bars = FeedTestFiles.drain(new SecondsCsv(file("t,c", "180,3", "120,2", "60,1"), false).reversed());
        assertEquals(List.of(1.0, 2.0, 3.0), List.of(bars.get(0).close, bars.get(1).close, bars.get(2).close));
        Path p = file("t,c", "180,3", "60,1", "120,2"); // read as line 4, then line 3
        assertEquals(p + ":3: column 1: timestamp goes backwards (previous row at line 4)",
                error(new SecondsCsv(p, false).reversed()));
    }

    @Test
    void timestampsMustStrictlyIncrease() throws IOException {
        Path dup = file("t,c", "60,1", "60,2");
        assertEquals(dup + ":3: column 1: duplicate timestamp (previous row at line 2)", error(new SecondsCsv(dup, false)));
        Path back = file("t,c", "60,1", "", "30,2");
        assertEquals(back + ":4: column 1: timestamp goes backwards (previous row at line 2)",
                error(new SecondsCsv(back, false)));
    }

    @Test
    void badFieldsNameTheLineAndColumn() throws IOException {
        Path p = file("t,c,v", "60,x");
        assertEquals(p + ":2: column 2: bad number 'x' for close", error(new SecondsCsv(p, false)));
        p = file("t,c", "60");
        assertEquals(p + ":2: column 2: missing close (the row has 1 column)", error(new SecondsCsv(p, false)));
        p = file("t,c", "60.5,1");
        assertEquals(p + ":2: column 1: bad time '60.5': expected whole Unix seconds", error(new SecondsCsv(p, false)));
    }

    @Test
    void readingStopsAtTheFirstErrorWithoutDeliveringTheFaultyRow() throws IOException {
        CsvFeed f = new SecondsCsv(file("t,c", "60,1", "120,oops", "180,3"), false);
        f.start();
        assertTrue(f.next());
        assertThrows(BadInputException.class, f::next);
        assertEquals(1, f.size());
        assertFalse(f.next());
    }

    @Test
    void emptyMissingAndHeaderOnlyFiles() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertEquals(empty + ": empty file", error(new SecondsCsv(empty, false)));
        assertEquals(empty + ": no data rows", error(new SecondsCsv(empty, false).headers(false)));
        Path header = file("t,c", "");
        assertEquals(header + ": no data rows after the header line", error(new SecondsCsv(header, false)));
        Path none = dir.resolve("none.csv");
        assertEquals(none + ": no such file", error(new SecondsCsv(none, false)));
    }

    /** One backtrader-layout row after the header, read with the bar checks. */
    private String badRow(String row) throws IOException {
        return error(new BacktraderCsvFeed(file("Date,Open,High,Low,Close,Volume,OpenInterest",
            "2020-01-02,10,11,9,10.5,100,0", row)));
    }

    @Test
    void barsThatCannotBeArePrecededByTheirFileAndLine() throws IOException {
        String hint = " (--accept-bad-bars loads such rows)";
        Path p = dir.resolve("prices.csv");
        assertEquals(p + ":3: open is NaN, not a finite price" + hint, badRow("2020-01-03,nan,11,9,10,100,0"));
        assertEquals(p + ":3: high is Infinity, not a finite price" + hint, badRow("2020-01-03,10,inf,9,10,100,0"));
        assertEquals(p + ":3: low is -9.0, not a positive price" + hint, badRow("2020-01-03,10,11,-9,10,100,0"));
        assertEquals(p + ":3: close is 0.0, not a positive price" + hint, badRow("2020-01-03,10,11,9,0,100,0"));
        assertEquals(p + ":3: high 11.0 is below the close 12.0" + hint, badRow("2020-01-03,10,11,9,12,100,0"));
        assertEquals(p + ":3: low 10.5 is above the open 10.0" + hint, badRow("2020-01-03,10,11,10.5,10.8,100,0"));
        assertEquals(p + ":3: high 9.0 is below the open 10.0" + hint, badRow("2020-01-03,10,9,11,10,100,0"));
        assertEquals(p + ":3: volume is -5.0, not a finite number >= 0" + hint, badRow("2020-01-03,10,11,9,10,-5,0"));
        assertTrue(badRow("2020-01-03,10,11\0,9,10,100,0").startsWith(p + ":3: column 3: bad number"), "a NUL byte");
    }

    @Test
    void withoutTheChecksSuchBarsLoad() throws IOException {
        CsvFeed f = new BacktraderCsvFeed(file("Date,Open,High,Low,Close,Volume,OpenInterest",
            "2020-01-02,10,9,11,-1,-5,0")).checkBars(false);
        List<Bar> bars = FeedTestFiles.drain(f);
        assertEquals(1, bars.size());
        assertEquals(-1.0, bars.get(0).close);
    }

    @Test
    void aParallelPreloadIsSizedOnlyWhenItWouldReadInPartsOnSeveralThreads() throws IOException {
        String[] lines = new String[1001];
        lines[0] = "time,close";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = (1_600_000_000 + i) + "," + (100 + i % 7);
        }
        Path p = file(lines);
        long bytes = new SecondsCsv(p, false).loadThreads(2).parallelPreloadBytes();
        assertEquals(CsvParts.columnBytes(p), bytes);
        assertTrue(bytes >= 1000 * 56, bytes + " bytes");
        assertEquals(-1, new SecondsCsv(p, false).loadThreads(1).parallelPreloadBytes());
        assertEquals(-1, new SecondsCsv(p, false).reversed().loadThreads(2).parallelPreloadBytes());
        SecondsCsv limited = new SecondsCsv(p, false);
        limited.fromDate(java.time.LocalDate.of(2020, 9, 14));
        assertEquals(-1, limited.loadThreads(2).parallelPreloadBytes());
        CsvFeed preloaded = new SecondsCsv(p, false).loadThreads(2);
        preloaded.preload();
        assertEquals(-1, preloaded.parallelPreloadBytes());
    }
}
