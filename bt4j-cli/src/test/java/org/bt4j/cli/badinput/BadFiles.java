package org.bt4j.cli.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes small data files, good and broken in one way each, into a test's temporary folder: a
 * backtrader-layout daily CSV and variants with a missing column, a bad number, a bad date,
 * unsorted and duplicate timestamps, no rows, no bytes, an unknown header, binary garbage,
 * UTF-16 text. Threading: one thread.
 */
final class BadFiles {

    static final String HEADER = "Date,Open,High,Low,Close,Volume,OpenInterest";
    static final int ROWS = 60;

    private final Path dir;

    BadFiles(Path dir) {
        this.dir = dir;
    }

    /** Rows of a valid daily file, one per weekday from 2015-01-05 (line 2 is the first row). */
    static List<String> goodRows() {
        List<String> rows = new ArrayList<>();
        LocalDate d = LocalDate.of(2015, 1, 5);
        double p = 100;
        for (int i = 0; i < ROWS; i++) {
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            p += (i % 7 < 4 ? 1.0 : -1.3);
            rows.add(String.format(java.util.Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%d,0", d, p, p + 1, p - 1, p + 0.5,
                    1000 + i));
            d = d.plusDays(1);
        }
        return rows;
    }

    Path good() throws IOException {
        return csv("good.csv", goodRows());
    }

    /** A file whose data row {@code row} (0-based; file line row + 2) is replaced. */
    Path withRow(String name, int row, String replacement) throws IOException {
        List<String> rows = goodRows();
        rows.set(row, replacement);
        return csv(name, rows);
    }

    /** Rows {@code a} and {@code b} swapped: time goes backwards at file line {@code b + 2}. */
    Path swapped(String name, int a, int b) throws IOException {
        List<String> rows = goodRows();
        String t = rows.get(a);
        rows.set(a, rows.get(b));
        rows.set(b, t);
        return csv(name, rows);
    }

    /** Row {@code row} repeats the timestamp of the row before it. */
    Path duplicateTime(String name, int row) throws IOException {
        List<String> rows = goodRows();
        String prevDate = rows.get(row - 1).substring(0, 10);
        rows.set(row, prevDate + rows.get(row).substring(10));
        return csv(name, rows);
    }

    Path csv(String name, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        return text(name, String.join("\n", lines) + "\n");
    }

    Path text(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Seeded random bytes, NULs and high bytes included. */
    Path garbage(String name, long seed, int size) throws IOException {
        byte[] b = new byte[size];
        new SplittableRandom(seed).nextBytes(b);
        return bytes(name, b);
    }

    /** The good file written as UTF-16 with a byte-order mark. */
    Path utf16() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(goodRows());
        return bytes("utf16.csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_16));
    }

    Path dir() {
        return dir;
    }
}
