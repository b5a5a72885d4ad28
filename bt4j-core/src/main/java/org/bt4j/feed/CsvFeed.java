package org.bt4j.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.time.StrptimeFormat;

/**
 * Base of the CSV feeds (backtrader's {@code CSVDataBase}): streams a file line by line from a
 * byte buffer, skips the header line ({@code headers}, default true) and blank lines, splits rows
 * at {@code separator} (default ','), checks that timestamps strictly increase, and turns every
 * problem into a {@link BadInputException} of the form {@code file:line: column N: problem}.
 * Every bar is checked ({@link #checkBars}, on by default): prices finite and positive, high at or
 * above max(open, close), that at or above min(open, close), that at or above low, volume finite and
 * not negative; a field the row does not have (no column, or an empty field) is not checked.
 * Reading stops at the first error; the faulty row is never delivered. Subclasses parse one row
 * in {@link #parseRow}. Engine thread only.
 */
public abstract class CsvFeed extends SourceFeed {

    private final Path path;
    private boolean headers = true;
    private byte separator = ',';
    private boolean reverse;
    private boolean checkBars = true;
    private CsvLineReader reader;
    private RowView row;
    private boolean exhausted;
    private long rowsSeen;
    private long lastRaw = Long.MIN_VALUE;
    private long lastRawLine;
    /** Set by {@link #parseRow} to the row's parsed time before any adjustment, for the order check. */
    protected long rawTime;

    /** A CSV feed over {@code path}, named after the file without its extension. */
    protected CsvFeed(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        this.path = path;
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        name(dot > 0 ? file.substring(0, dot) : file);
    }

    /** The file read. */
    public final Path path() {
        return path;
    }

    /** Whether the first line is a header to skip (backtrader's {@code headers}, default true). */
    public final CsvFeed headers(boolean headers) {
        this.headers = headers;
        return this;
    }

    /** The field separator, one ASCII character (backtrader's {@code separator}, default ','). */
    public final CsvFeed separator(char separator) {
        if (separator == '\n' || separator == '\r' || separator > 127) {
            throw new IllegalArgumentException("separator must be one ASCII character other than a line end, got '"
                + separator + "'");
        }
        this.separator = (byte) separator;
        return this;
    }

    /**
     * Whether every bar is checked for finite, positive, ordered prices and a volume of at least 0
     * (default true); false loads rows that break this, for data that needs it.
     */
    public final CsvFeed checkBars(boolean check) {
        this.checkBars = check;
        return this;
    }

    /**
     * Whether the current row has no value for {@code field} ({@link DataFeed#OPEN} …): the file has
     * no such column, or the field is empty and read as a null value; such a field is not checked.
     * Default: every field is present.
     */
    protected boolean absent(int field) {
        return false;
    }

    /** Reads the data rows last to first (for files written newest first; Yahoo's {@code reverse}). */
    protected final void reverseRows(boolean reverse) {
        this.reverse = reverse;
    }

    /**
     * Parses the current row into {@code bar} and sets {@link #rawTime}.
     *
     * @return false to skip the row silently (for example Yahoo's "null" rows)
     */
    protected abstract boolean parseRow(Row row, Bar bar);

    @Override
    public void start() {
        openReader();
    }

    /**
     * Preloads every row; without date limits the line buffers are first sized from the file's
     * length and the length of its first lines, so a large file is not copied while its arrays
     * grow (less time, half the peak heap).
     */
    @Override
    public void preload() {
        if (!isPreloaded() && size() == 0 && !buffer(CLOSE).isBounded() && fromNanos() == Long.MIN_VALUE
                && toNanos() == Long.MAX_VALUE) {
            int rows = estimateRows();
            datetime().reserve(rows);
            for (int i = 0; i < lineCount(); i++) {
                buffer(i).reserve(rows);
            }
        }
        super.preload();
    }

    /** Rows in the file, estimated from its size and its first 64 KiB (a little above, rarely below). */
    private int estimateRows() {
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            byte[] head = in.readNBytes(1 << 16);
            int lines = 0;
            for (byte b : head) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (head.length == size) {
                return lines + 1;
            }
            if (lines < 2) {
                return 0;
            }
            double perLine = (double) head.length / lines;
            return (int) Math.min(Integer.MAX_VALUE - 16, size / perLine * 1.02 + 16);
        } catch (IOException e) {
            return 0; // reading proper reports the problem
        }
    }

    @Override
    public void stop() {
        closeReader();
    }

    @Override
    protected final boolean read(Bar bar) {
        if (exhausted) {
            return false;
        }
        if (reader == null) {
            openReader();
        }
        try {
            while (reader.nextLine()) {
                if (reader.isBlank()) {
                    continue;
                }
                rowsSeen++;
                reader.split(separator);
                if (!parseRow(row, bar)) {
                    continue;
                }
                if (checkBars) {
                    String problem = badBar(bar);
                    if (problem != null) {
                        throw new BadInputException(path + ":" + reader.lineNumber() + ": " + problem
                            + " (--accept-bad-bars loads such rows)");
                    }
                }
                if (rawTime <= lastRaw) {
                    throw row.error(0, (rawTime == lastRaw ? "duplicate timestamp" : "timestamp goes backwards")
                        + " (previous row at line " + lastRawLine + ")");
                }
                lastRaw = rawTime;
                lastRawLine = reader.lineNumber();
                return true;
            }
        } catch (IOException e) {
            closeReader();
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        } catch (BadInputException e) {
            exhausted = true;
            closeReader();
            throw e;
        }
        exhausted = true;
        closeReader();
        if (rowsSeen == 0) {
            throw new BadInputException(path + ": no data rows" + (headers ? " after the header line" : ""));
        }
        return false;
    }

    /** What is wrong with {@code b}, or null; a NaN in a column the file has is a bad price (absent columns are skipped). */
    private String badBar(Bar b) {
        String[] names = {"close", "low", "high", "open"};
        double[] v = {b.close, b.low, b.high, b.open}; // indexed by the fields CLOSE, LOW, HIGH, OPEN
        for (int f = 0; f < v.length; f++) {
            if (absent(f)) {
                v[f] = Double.NaN;
            } else if (Double.isNaN(v[f])) {
                return names[f] + " is NaN, not a finite price";
            }
        }
        if (!absent(DataFeed.VOLUME) && Double.isNaN(b.volume)) {
            return "volume is NaN, not a finite number >= 0";
        }
        return BarRules.problem(v[DataFeed.OPEN], v[DataFeed.HIGH], v[DataFeed.LOW], v[DataFeed.CLOSE],
                absent(DataFeed.VOLUME) ? Double.NaN : b.volume);
    }

    private void openReader() {
        if (reader != null || exhausted) {
            return;
        }
        try {
            InputStream in = Files.newInputStream(path);
            if (reverse) {
                reader = reversed(in);
            } else {
                reader = new CsvLineReader(in);
            }
            row = new RowView(reader, path);
            if (headers && !reader.nextLine()) {
                exhausted = true;
                closeReader();
                throw new BadInputException(path + ": empty file");
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Buffers the whole file and presents its data rows last to first, keeping line numbers. */
    private CsvLineReader reversed(InputStream in) throws IOException {
        byte[] all;
        try (in) {
            all = in.readAllBytes();
        }
        CsvLineReader scan = new CsvLineReader(new ByteArrayInputStream(all));
        java.util.List<byte[]> lines = new java.util.ArrayList<>();
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        while (scan.nextLine()) {
            lines.add(scan.lineText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            numbers.add((int) scan.lineNumber());
        }
        int first = headers && !lines.isEmpty() ? 1 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(all.length + 16);
        int[] map = new int[lines.size()];
        int k = 0;
        if (first == 1) {
            out.write(lines.get(0));
            out.write('\n');
            map[k++] = numbers.get(0);
        }
        for (int i = lines.size() - 1; i >= first; i--) {
            out.write(lines.get(i));
            out.write('\n');
            map[k++] = numbers.get(i);
        }
        return new CsvLineReader(new ByteArrayInputStream(out.toByteArray())).lineNumbers(map);
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing useful to do on close
            }
            reader = null;
        }
    }

    /**
     * The current row, as seen by {@link #parseRow}: typed field access with errors that name the
     * file, line and (1-based) column. Valid only during the call, on the feed's thread.
     */
    public interface Row {

        /** Number of fields in the row. */
        int size();

        /** Whether column {@code col} (0-based) exists and is empty. */
        boolean isEmpty(int col);

        /** Whether column {@code col} exists and equals {@code text}. */
        boolean equals(int col, String text);

        /** The number in column {@code col}; error if the column is missing or not a number. */
        double number(int col, String what);

        /** The number in column {@code col}, or {@code empty} when the field is empty. */
        double numberOr(int col, String what, double empty);

        /** Naive epoch nanoseconds of column {@code col} parsed with {@code format}. */
        long time(int col, StrptimeFormat format, String what);

        /** Naive epoch nanoseconds of the date in {@code dateCol} plus the time in {@code timeCol}. */
        long dateAndTime(int dateCol, StrptimeFormat dateFormat, int timeCol, StrptimeFormat timeFormat);

        /** Integer or decimal seconds since the Unix epoch in column {@code col}, as nanoseconds. */
        long unixSeconds(int col, boolean decimal, String what);

        /** The text of column {@code col} (allocates). */
        String text(int col);

        /** A {@link BadInputException} naming this row and 0-based column {@code col}. */
        BadInputException error(int col, String problem);
    }

    private static final class RowView implements Row {
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
