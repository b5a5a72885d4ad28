package org.bt4j.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bt4j.BadInputException;
import org.bt4j.util.FileRangeInput;

/**
 * The preload of a whole CSV file in parts. The file is cut at line ends into parts; each part is
 * read by its own {@link CsvRows} (its own row parser) on {@link LoadThreads}, straight into its
 * region of columns sized once from the file's length and its first lines' length; then the
 * regions are joined in file order by moving them together (a part with more rows than its region
 * holds keeps the rest aside, and the join then copies into exact arrays).
 *
 * <p>Errors are those of reading the file row by row, for the first bad row in file order. A part
 * stops at its first bad row, and later parts stop early. The join goes through the parts in order
 * with the line count and the last row of those before: the first part with a bad row, or whose
 * first row is not after the last row before it, is read again numbering its lines from where the
 * parts before it ended and continuing their order check, which throws the very line row-by-row
 * reading throws. So a part needs no knowledge of the parts before it while parsing. One load per
 * instance, called from one thread (the parts run on their own).
 */
final class CsvParts {

    /** The smallest part a load cuts unless told otherwise: files under twice this are one part. */
    static final long PART_BYTES = 1 << 19;
    /** Parts per thread: a thread that another process slows down then takes fewer parts. */
    private static final int PARTS_PER_THREAD = 2;
    /** Rows a part's region holds beyond its estimate, as a fraction of it. */
    private static final double MARGIN = 0.03;
    /** Bytes a row takes in the columns: its time and six values. */
    private static final int ROW_BYTES = Long.BYTES + (DataFeed.OPENINTEREST + 1) * Double.BYTES;

    private final Path path;
    private final boolean headers;
    private final int threads;
    private final long partBytes;
    private final Function<CsvLineReader, CsvRows> rowsOf;
    private final AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);

    /**
     * A load of {@code path} on up to {@code threads} threads in parts of at least
     * {@code partBytes}; {@code rowsOf} makes the rows reader (separator, bar checks, a new parser)
     * over one part's lines, and is called on the calling thread only.
     */
    CsvParts(Path path, boolean headers, int threads, long partBytes, Function<CsvLineReader, CsvRows> rowsOf) {
        this.path = path;
        this.headers = headers;
        this.threads = threads;
        this.partBytes = partBytes;
        this.rowsOf = rowsOf;
    }

    /** One line for a file without a single line when a header is expected. */
    static BadInputException emptyFile(Path path) {
        return new BadInputException(path + ": empty file");
    }

    /** One line for a file without a data row. */
    static BadInputException noDataRows(Path path, boolean headers) {
        return new BadInputException(path + ": no data rows" + (headers ? " after the header line" : ""));
    }

    /**
     * The heap the columns of a load of {@code path} take, estimated as the load sizes them: the
     * rows its length holds at the length of its first lines, with the regions' margin, at 56
     * bytes a row. {@code Long.MAX_VALUE} for a file that cannot be read (its load says why).
     */
    static long columnBytes(Path path) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            return regionRows(size, bytesPerLine(ch, size)) * ROW_BYTES;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Reads every row.
     *
     * @throws BadInputException for the first bad row in file order, a missing or unreadable file
     */
    Columns load() {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            Part[] parts = cut(ch, size);
            int workers = parts.length == 1 ? 1 : threads;
            int capacity = parts[parts.length - 1].end;
            long[][] times = new long[1][];
            double[][] values = new double[DataFeed.OPENINTEREST + 1][];
            LoadThreads.run(values.length + 1, workers, c -> {
                if (c == values.length) {
                    times[0] = new long[capacity];
                } else {
                    values[c] = new double[capacity];
                }
            });
            for (Part p : parts) {
                p.reader = lines(ch, p, 0);
                p.rows = rowsOf.apply(p.reader);
            }
            LoadThreads.run(parts.length, workers, k -> read(parts[k], times[0], values));
            return join(ch, parts, times[0], values);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + ": no such file");
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private BadInputException cannotRead(IOException e) {
        return new BadInputException(path + ": cannot read: " + e.getMessage(), e);
    }

    /** One part of the file: its bytes, its region of the columns, and what reading it found. */
    private static final class Part {
        final int index;
        final long from;
        final long to;
        final int start;
        final int end;
        int count;
        Columns aside;
        long firstRaw;
        long lastRaw;
        long lastLine;
        long lines;
        long rowsSeen;
        BadInputException error;
        IOException ioError;
        /** Its lines and rows reader, made on the calling thread (a feed's row parser is made there). */
        CsvLineReader reader;
        CsvRows rows;

        Part(int index, long from, long to, int start, int end) {
            this.index = index;
            this.from = from;
            this.to = to;
            this.start = start;
            this.end = end;
        }

        /** Rows read into its region or kept aside. */
        int delivered() {
            return count + (aside == null ? 0 : aside.size());
        }
    }

    /**
     * Cuts the file into parts at line ends and gives each a region sized from its length and
     * the length of the file's first lines.
     */
    private Part[] cut(FileChannel ch, long size) throws IOException {
        int n = threads == 1 ? 1 : (int) Math.max(1, Math.min((long) threads * PARTS_PER_THREAD, size / partBytes));
        long[] bounds = new long[n + 1];
        bounds[n] = size;
        for (int k = 1; k < n; k++) {
            bounds[k] = Math.max(bounds[k - 1], lineStartFrom(ch, size * k / n, size));
        }
        double bytesPerRow = bytesPerLine(ch, size);
        Part[] parts = new Part[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            long rows = regionRows(bounds[k + 1] - bounds[k], bytesPerRow);
            int end = (int) Math.min(Integer.MAX_VALUE - 16, start + rows);
            parts[k] = new Part(k, bounds[k], bounds[k + 1], start, end);
            start = end;
        }
        return parts;
    }

    /** The rows a region of {@code bytes} of the file holds: its estimate and the margin. */
    private static long regionRows(long bytes, double bytesPerRow) {
        return (long) (bytes / bytesPerRow * (1 + MARGIN)) + 16;
    }

    /** The first line start at or after {@code at}: just after the first '\n' at or after {@code at - 1}. */
    private static long lineStartFrom(FileChannel ch, long at, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        for (long pos = at - 1; pos < size; pos += buf.limit()) {
            buf.clear();
            if (ch.read(buf, pos) <= 0) {
                break;
            }
            buf.flip();
            for (int i = 0; i < buf.limit(); i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
        }
        return size;
    }

    /** Average line length of the file's first 64 KiB (all of it when shorter). */
    private static double bytesPerLine(FileChannel ch, long size) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(1 << 16, Math.max(1, size)));
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // keep reading
        }
        int lines = 0;
        for (int i = 0; i < head.position(); i++) {
            if (head.get(i) == '\n') {
                lines++;
            }
        }
        return Math.max(1.0, (double) head.position() / Math.max(1, lines));
    }

    /** The bytes of {@code p} as a line reader, numbering its lines after {@code linesBefore}. */
    private static CsvLineReader lines(FileChannel ch, Part p, long linesBefore) {
        CsvLineReader r = new CsvLineReader(new FileRangeInput(ch, p.from, p.to));
        return p.index == 0 ? r : r.partAfter(linesBefore);
    }

    /** Reads part {@code p} into its region (the rest aside), up to its first bad row. */
    private void read(Part p, long[] times, double[][] values) {
        double[] close = values[DataFeed.CLOSE];
        double[] low = values[DataFeed.LOW];
        double[] high = values[DataFeed.HIGH];
        double[] open = values[DataFeed.OPEN];
        double[] volume = values[DataFeed.VOLUME];
        double[] oi = values[DataFeed.OPENINTEREST];
        int at = p.start;
        int end = p.end;
        CsvLineReader reader = p.reader;
        CsvRows rows = p.rows;
        try {
            if (p.index == 0 && headers && !reader.nextLine()) {
                throw emptyFile(path);
            }
            Bar bar = new Bar();
            while (rows.next(bar)) {
                if (at == p.start && p.aside == null) {
                    p.firstRaw = rows.lastRaw();
                }
                if (at < end) {
                    times[at] = bar.time;
                    close[at] = bar.close;
                    low[at] = bar.low;
                    high[at] = bar.high;
                    open[at] = bar.open;
                    volume[at] = bar.volume;
                    oi[at] = bar.openInterest;
                    at++;
                } else {
                    p.aside = putAside(p.aside, bar);
                }
                if ((at & 0xfff) == 0 && firstFailed.get() < p.index) {
                    break; // a part before this one failed: what follows is not needed
                }
            }
            p.lastRaw = rows.lastRaw();
            p.lastLine = rows.lastRawLine();
            p.lines = rows.lineNumber();
            p.rowsSeen = rows.rowsSeen();
        } catch (BadInputException e) {
            p.error = e;
            firstFailed.accumulateAndGet(p.index, Math::min);
        } catch (IOException e) {
            p.ioError = e;
            firstFailed.accumulateAndGet(p.index, Math::min);
        }
        p.count = at - p.start;
    }

    /** Appends {@code bar} to the rows a part keeps aside when its region is full. */
    private static Columns putAside(Columns aside, Bar bar) {
        Columns c = aside;
        int n = c == null ? 0 : c.size();
        if (c == null || n == c.times().length) {
            int capacity = Math.max(1024, n * 2);
            double[][] v = new double[DataFeed.OPENINTEREST + 1][];
            for (int line = 0; line < v.length; line++) {
                v[line] = c == null ? new double[capacity] : Arrays.copyOf(c.values()[line], capacity);
            }
            c = new Columns(c == null ? new long[capacity] : Arrays.copyOf(c.times(), capacity), v, n);
        }
        c.times()[n] = bar.time;
        double[][] v = c.values();
        v[DataFeed.CLOSE][n] = bar.close;
        v[DataFeed.LOW][n] = bar.low;
        v[DataFeed.HIGH][n] = bar.high;
        v[DataFeed.OPEN][n] = bar.open;
        v[DataFeed.VOLUME][n] = bar.volume;
        v[DataFeed.OPENINTEREST][n] = bar.openInterest;
        return new Columns(c.times(), v, n + 1);
    }

    /**
     * Goes through the parts in file order: throws for the first bad row as row-by-row reading
     * would, else moves the regions together.
     */
    private Columns join(FileChannel ch, Part[] parts, long[] times, double[][] values) throws IOException {
        long linesBefore = 0;
        long lastRaw = Long.MIN_VALUE;
        long lastLine = 0;
        long rowsSeen = 0;
        for (Part p : parts) {
            if (p.ioError != null) {
                throw cannotRead(p.ioError);
            }
            if (p.error != null || (p.delivered() > 0 && p.firstRaw <= lastRaw)) {
                if (p.index == 0) {
                    throw p.error; // read from the file's start: numbered and checked as row by row
                }
                readAgain(ch, p, linesBefore, lastRaw, lastLine);
            }
            rowsSeen += p.rowsSeen;
            if (p.delivered() > 0) {
                lastRaw = p.lastRaw;
                lastLine = linesBefore + p.lastLine;
            }
            linesBefore += p.lines;
        }
        if (rowsSeen == 0) {
            throw noDataRows(path, headers);
        }
        return together(parts, times, values);
    }

    /** Reads {@code p} again after the parts before it, which throws its first problem. */
    private void readAgain(FileChannel ch, Part p, long linesBefore, long lastRaw, long lastLine) throws IOException {
        CsvRows rows = rowsOf.apply(lines(ch, p, linesBefore)).after(lastRaw, lastLine);
        Bar bar = new Bar();
        while (rows.next(bar)) {
            // up to the bad row, which throws
        }
        throw new IllegalStateException(path + ": part " + p.index + " of the file read differently twice");
    }

    /** The rows of every part, in order, at the start of the columns; NaN after them. */
    private static Columns together(Part[] parts, long[] times, double[][] values) {
        int n = 0;
        boolean aside = false;
        for (Part p : parts) {
            n += p.delivered();
            aside |= p.aside != null;
        }
        long[] t = aside ? new long[n] : times;
        double[][] v = values;
        if (aside) {
            v = new double[values.length][];
            for (int line = 0; line < v.length; line++) {
                v[line] = new double[n];
            }
        }
        int at = 0;
        for (Part p : parts) {
            move(times, values, p.start, t, v, at, p.count);
            at += p.count;
            if (p.aside != null) {
                move(p.aside.times(), p.aside.values(), 0, t, v, at, p.aside.size());
                at += p.aside.size();
            }
        }
        for (double[] line : v) {
            Arrays.fill(line, n, line.length, Double.NaN);
        }
        return new Columns(t, v, n);
    }

    private static void move(long[] times, double[][] values, int from, long[] t, double[][] v, int to, int n) {
        if (from == to && times == t) {
            return;
        }
        System.arraycopy(times, from, t, to, n);
        for (int line = 0; line < v.length; line++) {
            System.arraycopy(values[line], from, v[line], to, n);
        }
    }
}
