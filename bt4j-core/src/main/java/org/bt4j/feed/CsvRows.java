package org.bt4j.feed;

import java.io.IOException;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.StrptimeFormat;

/**
 * The data rows of one {@link CsvLineReader} turned into checked bars, the row-by-row rules of
 * {@link CsvFeed} in one place: blank lines skipped, each row split and parsed by a
 * {@link CsvFeed.RowParser}, the bar checked against the {@link BarRules} (fields the row does not
 * have are not checked), and the rows' times checked to strictly increase. Every problem is a
 * {@link BadInputException} of one line, {@code file:line: ...}, for the first bad row. A feed
 * reads a file through one; a parallel preload reads each part of the file through its own. One
 * thread only.
 */
final class CsvRows {

    private final Path path;
    private final CsvLineReader reader;
    private final RowView row;
    private final CsvFeed.RowParser parser;
    /**
     * Lines the plain reader may decline in a row before it is dropped: a file whose lines are not in
     * the plain form (an empty field or an exponent on every row) then pays for the attempt only on
     * its first lines, not on every one.
     */
    static final int PLAIN_MISSES_TO_STOP = 32;

    /** The parser's one-pass reader of plain lines (null: none, or dropped) and the parser as their reader. */
    private PlainRow plain;
    private final PlainLineParser plainParser;
    private int plainMisses;
    private final byte separator;
    private final boolean checkBars;
    private long rowsSeen;
    private long lastRaw = Long.MIN_VALUE;
    private long lastRawLine;

    CsvRows(Path path, CsvLineReader reader, byte separator, boolean checkBars, CsvFeed.RowParser parser) {
        this.path = path;
        this.reader = reader;
        this.row = new RowView(reader, path);
        this.separator = separator;
        this.checkBars = checkBars;
        this.parser = parser;
        this.plainParser = parser instanceof PlainLineParser p ? p : null;
        this.plain = plainParser == null ? null : plainParser.plainRow(separator);
    }

    /**
     * Continues after a row of time {@code raw} (as parsed, before adjustments) at line
     * {@code line}, so the first row read here is checked against it: reading a part of a file as
     * the rows before it left off.
     */
    CsvRows after(long raw, long line) {
        this.lastRaw = raw;
        this.lastRawLine = line;
        return this;
    }

    /**
     * Reads the next data row into {@code bar}; false at the end of the reader.
     *
     * @throws BadInputException for the first bad row
     * @throws IOException when the file cannot be read
     */
    boolean next(Bar bar) throws IOException {
        while (true) {
            long raw = plain == null ? PlainRow.NOT_PLAIN : plain.read(reader.bytes(), reader.position(), reader.limit());
            if (raw != PlainRow.NOT_PLAIN) {
                plainMisses = 0;
                reader.takeLine(plain.newline());
                rowsSeen++;
                raw = plainParser.plainBar(raw, bar);
            } else {
                if (plain != null && ++plainMisses == PLAIN_MISSES_TO_STOP) {
                    plain = null;
                }
                if (!reader.nextLine()) {
                    return false;
                }
                if (reader.isBlank()) {
                    continue;
                }
                rowsSeen++;
                reader.split(separator);
                raw = parser.parse(row, bar);
            }
            if (raw == CsvFeed.RowParser.SKIP) {
                continue;
            }
            if (checkBars && !BarRules.plainlyValid(bar.open, bar.high, bar.low, bar.close, bar.volume)) {
                String problem = badBar(bar);
                if (problem != null) {
                    throw new BadInputException(path + ":" + reader.lineNumber() + ": " + problem
                        + " (--accept-bad-bars loads such rows)");
                }
            }
            if (raw <= lastRaw) {
                throw row.error(0, (raw == lastRaw ? "duplicate timestamp" : "timestamp goes backwards")
                    + " (previous row at line " + lastRawLine + ")");
            }
            lastRaw = raw;
            lastRawLine = reader.lineNumber();
            return true;
        }
    }

    /** Non-blank rows read so far (delivered, skipped or bad). */
    long rowsSeen() {
        return rowsSeen;
    }

    /** The time (as parsed) of the last row delivered, or {@code Long.MIN_VALUE}. */
    long lastRaw() {
        return lastRaw;
    }

    /** The line of the last row delivered (0 when none). */
    long lastRawLine() {
        return lastRawLine;
    }

    /** Number of the line read last (header and blank lines included). */
    long lineNumber() {
        return reader.lineNumber();
    }

    /**
     * What is wrong with {@code b}, which is not {@link BarRules#plainlyValid}, or null; a NaN in a
     * column the file has is a bad price (absent columns are skipped).
     */
    private String badBar(Bar b) {
        CsvFeed.RowParser p = parser;
        String[] names = {"close", "low", "high", "open"};
        double[] v = {b.close, b.low, b.high, b.open}; // indexed by the fields CLOSE, LOW, HIGH, OPEN
        for (int f = 0; f < v.length; f++) {
            if (p.absent(f)) {
                v[f] = Double.NaN;
            } else if (Double.isNaN(v[f])) {
                return names[f] + " is NaN, not a finite price";
            }
        }
        if (!p.absent(DataFeed.VOLUME) && Double.isNaN(b.volume)) {
            return "volume is NaN, not a finite number >= 0";
        }
        return BarRules.problem(v[DataFeed.OPEN], v[DataFeed.HIGH], v[DataFeed.LOW], v[DataFeed.CLOSE],
                p.absent(DataFeed.VOLUME) ? Double.NaN : b.volume);
    }

    private static final class RowView implements CsvFeed.Row {
        private final CsvLineReader r;
        private final Path path;

        RowView(CsvLineReader r, Path path) {
            this.r = r;
            this.path = path;
        }

        @Override
        public int size() {
            return r.fieldCount();
        }

        @Override
        public boolean isEmpty(int col) {
            return col < r.fieldCount() && r.isEmpty(col);
        }

        @Override
        public boolean equals(int col, String text) {
            return col < r.fieldCount() && r.fieldEquals(col, text);
        }

        private void need(int col, String what) {
            if (col >= r.fieldCount()) {
                throw error(col, "missing " + what + " (the row has " + r.fieldCount() + " column"
                    + (r.fieldCount() == 1 ? "" : "s") + ")");
            }
        }

        @Override
        public double number(int col, String what) {
            need(col, what);
            try {
                return AsciiNumbers.parseDouble(r.bytes(), r.start(col), r.end(col));
            } catch (NumberFormatException e) {
                throw error(col, "bad number '" + r.fieldText(col) + "' for " + what);
            }
        }

        @Override
        public double numberOr(int col, String what, double empty) {
            need(col, what);
            if (r.isEmpty(col)) {
                return empty;
            }
            return number(col, what);
        }

        @Override
        public long time(int col, StrptimeFormat format, String what) {
            need(col, what);
            try {
                return format.parse(r.bytes(), r.start(col), r.end(col));
            } catch (IllegalArgumentException e) {
                throw error(col, "bad " + what + ": " + e.getMessage());
            }
        }

        @Override
        public long dateAndTime(int dateCol, StrptimeFormat dateFormat, int timeCol, StrptimeFormat timeFormat) {
            long date = time(dateCol, dateFormat, "date");
            long tod = time(timeCol, timeFormat, "time");
            return org.bt4j.time.EpochNanos.day(date) * org.bt4j.time.EpochNanos.DAY
                + org.bt4j.time.EpochNanos.timeOfDay(tod);
        }

        @Override
        public long unixSeconds(int col, boolean decimal, String what) {
            need(col, what);
            if (!decimal) {
                long v = AsciiNumbers.parseDigits(r.bytes(), r.start(col), r.end(col));
                if (v >= 0) {
                    return v * org.bt4j.time.EpochNanos.SECOND;
                }
            }
            double d = number(col, what);
            if (!decimal && d != Math.rint(d)) {
                throw error(col, "bad " + what + " '" + r.fieldText(col) + "': expected whole Unix seconds");
            }
            return Math.round(d * 1e6) * 1000L;
        }

        @Override
        public String text(int col) {
            need(col, "field");
            return r.fieldText(col);
        }

        @Override
        public BadInputException error(int col, String problem) {
            return new BadInputException(path + ":" + r.lineNumber() + ": column " + (col + 1) + ": " + problem);
        }
    }
}
