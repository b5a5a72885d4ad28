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
 * Reading stops at the first error; the faulty row is never delivered. Subclasses parse rows
 * through the {@link RowParser} they make in {@link #rowParser}.
 *
 * <p>Preloading a whole file (no date limits, not reversed) reads it in parts on several threads
 * ({@link #loadThreads}), each part split at a line end and parsed by its own parser straight
 * into its share of the columns, joined in file order; the bars, and the error for the first bad
 * row in file order, are exactly those of reading row by row; a preload that fails loads no bar.
 * Engine thread only (a preload
 * starts its own helper threads and joins them before it returns).
 */
public abstract class CsvFeed extends SourceFeed {

    private final Path path;
    private boolean headers = true;
    private byte separator = ',';
    private boolean reverse;
    private boolean checkBars = true;
    private int loadThreads = LoadThreads.available();
    private long partBytes = CsvParts.PART_BYTES;
    private CsvLineReader reader;
    private CsvRows rows;
    private boolean exhausted;

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
     * How many threads a preload of the whole file uses (default: one per processor; 1 parses on
     * the calling thread alone). Small files and parsers that must not run on several threads
     * ({@link #parallelRows}) use one. The bars and errors are the same either way.
     */
    public final CsvFeed loadThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.loadThreads = threads;
        return this;
    }

    /** The smallest part a preload cuts the file into (tests cut small files into many parts). */
    final CsvFeed partBytes(long bytes) {
        this.partBytes = Math.max(1, bytes);
        return this;
    }

    /** Reads the data rows last to first (for files written newest first; Yahoo's {@code reverse}). */
    protected final void reverseRows(boolean reverse) {
        this.reverse = reverse;
    }

    /**
     * Turns rows of this feed's file into bars. A preload makes one per thread, so a parser may
     * keep scratch state between its rows but must not share any with other parsers.
     */
    protected interface RowParser {

        /** What {@link #parse} returns for a row to skip silently (for example Yahoo's "null" rows). */
        long SKIP = Long.MIN_VALUE;

        /**
         * Parses {@code row} into {@code bar} (its time in UTC epoch nanoseconds).
         *
         * @return the row's time as written, before any adjustment (the order check compares
         *         these), or {@link #SKIP}
         */
        long parse(Row row, Bar bar);

        /**
         * Whether the row parsed last has no value for {@code field} ({@link DataFeed#OPEN} …): the
         * file has no such column, or the field is empty and read as a null value; such a field is
         * not checked. Default: every field is present.
         */
        default boolean absent(int field) {
            return false;
        }
    }

    /**
     * A parser of this feed's rows with the feed's settings as they are now, for one thread. Called
     * on the engine thread only (a preload makes one per part before the parts start).
     */
    protected abstract RowParser rowParser();

    /**
     * Whether parsers from {@link #rowParser} may run on several threads at once (default true;
     * false, for example, when they call a user's function).
     */
    protected boolean parallelRows() {
        return true;
    }

    @Override
    public void start() {
        openReader();
    }

    /**
     * Preloads every row. Without date limits and in file order, the file is read in parts on
     * {@link #loadThreads} threads straight into columns sized once from its length
     * ({@link CsvParts}); otherwise row by row.
     */
    @Override
    public void preload() {
        if (readsInParts()) {
            closeReader();
            try {
                CsvParts parts = new CsvParts(path, headers, parallelRows() ? loadThreads : 1, partBytes,
                    part -> new CsvRows(path, part, separator, checkBars, rowParser()));
                parts.load().moveInto(this);
            } finally {
                exhausted = true;
            }
        }
        super.preload();
    }

    /** Whether {@link #preload} reads the file in parts: all of it, in file order, nothing read yet. */
    private boolean readsInParts() {
        return !isPreloaded() && size() == 0 && !buffer(CLOSE).isBounded() && fromNanos() == Long.MIN_VALUE
            && toNanos() == Long.MAX_VALUE && !reverse && !exhausted;
    }

    /**
     * The heap a {@link #preload} would take for its columns (estimated from the file's length and
     * its first lines), when it would read the file in parts on more than one thread; -1 when it
     * would read on one thread or row by row, no faster than streaming the file.
     */
    final long parallelPreloadBytes() {
        return readsInParts() && parallelRows() && loadThreads > 1 ? CsvParts.columnBytes(path) : -1;
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
            if (rows.next(bar)) {
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
        if (rows.rowsSeen() == 0) {
            throw CsvParts.noDataRows(path, headers);
        }
        return false;
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
            rows = new CsvRows(path, reader, separator, checkBars, rowParser());
            if (headers && !reader.nextLine()) {
                exhausted = true;
                closeReader();
                throw CsvParts.emptyFile(path);
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
     * The current row, as seen by a {@link RowParser}: typed field access with errors that name the
     * file, line and (1-based) column. Valid only during the call, on the parser's thread.
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
}
