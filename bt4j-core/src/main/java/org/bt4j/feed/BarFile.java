package org.bt4j.feed;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.zip.CRC32C;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;

/**
 * An open bt4j bar file ({@code .bt4j}): bars stored column by column, so loading is a bulk copy
 * (or no copy at all through the memory-mapped column views) instead of parsing.
 *
 * <p>Layout, all numbers little-endian (the byte order of x86 and ARM, so a column maps straight
 * onto the JVM's native {@code double} and {@code long} views):
 * <pre>
 * offset size  field
 *      0    8  magic "BT4JBARS"
 *      8    4  format version (1)
 *     12    4  header length in bytes (128; the data starts here)
 *     16    8  bar count n
 *     24    4  timeframe code (0 NoTimeFrame, 1 Ticks, 2 MicroSeconds, 3 Seconds, 4 Minutes,
 *              5 Days, 6 Weeks, 7 Months, 8 Years)
 *     28    4  compression (&gt;= 1)
 *     32    8  session start, nanoseconds of the day
 *     40    8  session end, nanoseconds of the day
 *     48   28  CRC32C of each of the seven columns, in column order
 *     76    1  length L of the zone id (1..47)
 *     77   47  zone id, ASCII, zero padded
 *    124    4  CRC32C of bytes 0..123
 *    128  8n  time: bar end, UTC epoch nanoseconds, strictly increasing (long)
 *  +8n each    open, high, low, close, volume, openinterest (double)
 * </pre>
 * Why columns: every consumer of bulk data (vectorised indicators, the line buffers) wants one
 * array per field, so each column is one contiguous copy ({@link #prices} gives zero-copy views);
 * why one file: it is written atomically and moved as a unit; why per-column checksums: a damaged
 * file is refused naming the damaged column, and the header checksum catches a damaged header
 * before its counts are trusted. The size of the file must be exactly {@code 128 + 56n}, so a
 * truncated copy is refused at once. Each column is mapped on its own, so a file may hold up to
 * 268,435,455 bars.
 *
 * <p>{@link #open} checks the header and the size; {@link #verify} checks the column checksums
 * (one pass over the data; {@link BinaryFeed} always does it before delivering a bar). The columns
 * are mapped read-only on the first read through {@link #time}, {@link #value}, {@link #times} or
 * {@link #prices} (a preload reads the file without them: no mapping calls on its way). Every
 * problem is a {@link BadInputException} of one line naming the file. Instances may be read from
 * several threads; {@link #close} drops the mappings (the JVM unmaps them when they are no longer
 * reachable).
 */
public final class BarFile implements Closeable {

    /** The usual file name extension. */
    public static final String EXTENSION = ".bt4j";
    /** The format version this code reads and writes. */
    public static final int VERSION = 1;
    /** Bytes before the first column. */
    static final int HEADER_BYTES = 128;
    /** Number of columns: time and the six values. */
    static final int COLUMNS = 7;
    /** Column names in file order. */
    static final String[] COLUMN_NAMES = {"time", "open", "high", "low", "close", "volume", "openinterest"};
    /** The {@link DataFeed} line index of each value column (file columns 1..6). */
    static final int[] COLUMN_LINES = {-1, DataFeed.OPEN, DataFeed.HIGH, DataFeed.LOW, DataFeed.CLOSE,
        DataFeed.VOLUME, DataFeed.OPENINTEREST};
    /** Largest bar count: one column must fit one mapping. */
    public static final int MAX_BARS = Integer.MAX_VALUE / Long.BYTES;

    private static final byte[] MAGIC = "BT4JBARS".getBytes(StandardCharsets.US_ASCII);
    /** Stable codes: the position in this array is written to the file. Never reorder. */
    private static final TimeFrame[] TIMEFRAMES = {TimeFrame.NoTimeFrame, TimeFrame.Ticks, TimeFrame.MicroSeconds,
        TimeFrame.Seconds, TimeFrame.Minutes, TimeFrame.Days, TimeFrame.Weeks, TimeFrame.Months, TimeFrame.Years};
    private static final int ZONE_MAX = 47;
    private static final int OFF_COUNT = 16, OFF_TIMEFRAME = 24, OFF_COMPRESSION = 28, OFF_SESSION_START = 32,
        OFF_SESSION_END = 40, OFF_CRCS = 48, OFF_ZONE = 76, OFF_HEADER_CRC = 124;

    private final Path path;
    private final Header header;
    /** The columns mapped read-only: null until the first read through them, and after {@link #close}. */
    private volatile Mapped mapped;
    private boolean closed;

    /** The column views of a mapped file: the times, and the values by {@link DataFeed} line index. */
    private record Mapped(LongBuffer times, DoubleBuffer[] values) {
    }

    /** What the header says about the bars. */
    record Header(int count, TimeFrame timeFrame, int compression, LocalTime sessionStart, LocalTime sessionEnd,
                  ZoneId zone, int[] crcs) {
    }

    private BarFile(Path path, Header header) {
        this.path = path;
        this.header = header;
    }

    /** Whether {@code file} starts with the bar file signature (false for CSV, missing or short files). */
    public static boolean isBarFile(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(MAGIC.length);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // keep reading
            }
            return !b.hasRemaining() && java.util.Arrays.equals(b.array(), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens {@code file}: checks signature, version, header checksum and fields, and that the file
     * size matches the bar count exactly. The column checksums are checked by {@link #verify()}.
     *
     * @throws BadInputException for a missing, unreadable, foreign, damaged or truncated file
     */
    public static BarFile open(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            while (h.hasRemaining() && ch.read(h) >= 0) {
                // keep reading
            }
            int got = h.position();
            h.flip();
            Header header = decode(file, h, got);
            long need = HEADER_BYTES + (long) header.count() * COLUMNS * Long.BYTES;
            if (size < need) {
                throw new BadInputException(file + ": truncated bar file: " + header.count() + " bars need " + need
                    + " bytes, the file has " + size);
            }
            if (size > need) {
                throw new BadInputException(file + ": damaged bar file: " + header.count() + " bars need " + need
                    + " bytes, the file has " + size + " (extra bytes at the end)");
            }
            return new BarFile(file, header);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Header decode(Path file, ByteBuffer h, int got) {
        if (got == 0) {
            throw new BadInputException(file + ": empty file (not a bt4j bar file)");
        }
        if (got < MAGIC.length || !java.util.Arrays.equals(java.util.Arrays.copyOf(h.array(), MAGIC.length), MAGIC)) {
            throw new BadInputException(file + ": not a bt4j bar file (no BT4JBARS signature)");
        }
        if (got < 16) {
            throw new BadInputException(file + ": truncated bar file: the header needs " + HEADER_BYTES
                + " bytes, the file has " + got);
        }
        int version = h.getInt(8);
        if (version != VERSION) {
            throw new BadInputException(file + ": bar file version " + Integer.toUnsignedString(version)
                + " is not supported (this bt4j reads version " + VERSION + ")");
        }
        if (got < HEADER_BYTES) {
            throw new BadInputException(file + ": truncated bar file: the header needs " + HEADER_BYTES
                + " bytes, the file has " + got);
        }
        CRC32C crc = new CRC32C();
        crc.update(h.array(), 0, OFF_HEADER_CRC);
        if ((int) crc.getValue() != h.getInt(OFF_HEADER_CRC)) {
            throw new BadInputException(file + ": damaged bar file: the header checksum does not match");
        }
        int headerBytes = h.getInt(12);
        long count = h.getLong(OFF_COUNT);
        int tf = h.getInt(OFF_TIMEFRAME);
        int compression = h.getInt(OFF_COMPRESSION);
        long start = h.getLong(OFF_SESSION_START);
        long end = h.getLong(OFF_SESSION_END);
        int zoneLength = h.get(OFF_ZONE) & 0xff;
        // the checksum matched, so bad fields come from a faulty writer: still one clear line each
        String bad = headerBytes != HEADER_BYTES ? "header length " + headerBytes
            : count < 0 || count > MAX_BARS ? "bar count " + count
            : tf < 0 || tf >= TIMEFRAMES.length ? "timeframe code " + tf
            : compression < 1 ? "compression " + compression
            : start < 0 || start >= 86_400_000_000_000L ? "session start " + start
            : end < 0 || end >= 86_400_000_000_000L ? "session end " + end
            : zoneLength < 1 || zoneLength > ZONE_MAX ? "zone id length " + zoneLength
            : null;
        if (bad != null) {
            throw new BadInputException(file + ": damaged bar file: invalid " + bad + " in the header");
        }
        String zoneId = new String(h.array(), OFF_ZONE + 1, zoneLength, StandardCharsets.US_ASCII);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new BadInputException(file + ": bar file names an unknown time zone '" + zoneId + "'");
        }
        int[] crcs = new int[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            crcs[c] = h.getInt(OFF_CRCS + 4 * c);
        }
        return new Header((int) count, TIMEFRAMES[tf], compression, LocalTime.ofNanoOfDay(start),
            LocalTime.ofNanoOfDay(end), zone, crcs);
    }

    /** The 128 header bytes for bars described by {@code h}, ready to write. */
    static ByteBuffer encode(Header h) {
        String zoneId = h.zone().getId();
        byte[] zone = zoneId.getBytes(StandardCharsets.US_ASCII);
        if (zone.length > ZONE_MAX || !zoneId.equals(new String(zone, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("zone id '" + zoneId + "' does not fit a bar file (at most "
                + ZONE_MAX + " ASCII characters)");
        }
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC);
        b.putInt(8, VERSION);
        b.putInt(12, HEADER_BYTES);
        b.putLong(OFF_COUNT, h.count());
        b.putInt(OFF_TIMEFRAME, java.util.Arrays.asList(TIMEFRAMES).indexOf(h.timeFrame()));
        b.putInt(OFF_COMPRESSION, h.compression());
        b.putLong(OFF_SESSION_START, h.sessionStart().toNanoOfDay());
        b.putLong(OFF_SESSION_END, h.sessionEnd().toNanoOfDay());
        for (int c = 0; c < COLUMNS; c++) {
            b.putInt(OFF_CRCS + 4 * c, h.crcs()[c]);
        }
        b.put(OFF_ZONE, (byte) zone.length);
        b.put(OFF_ZONE + 1, zone);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, OFF_HEADER_CRC);
        b.putInt(OFF_HEADER_CRC, (int) crc.getValue());
        b.position(0);
        return b;
    }

    /**
     * Checks every column against its checksum (one pass over the data, read through a 1 MiB
     * buffer rather than the mappings, so the check leaves no resident pages behind).
     *
     * @throws BadInputException naming the first damaged column
     */
    public void verify() {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        long columnBytes = columnBytes();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            for (int c = 0; c < COLUMNS; c++) {
                crc.reset();
                long pos = HEADER_BYTES + c * columnBytes;
                long end = pos + columnBytes;
                while (pos < end) {
                    buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                    int n = ch.read(buf, pos);
                    if (n < 0) {
                        throw new BadInputException(path + ": truncated bar file: it ends inside the "
                            + COLUMN_NAMES[c] + " column");
                    }
                    pos += n;
                    buf.flip();
                    crc.update(buf);
                }
                if ((int) crc.getValue() != header.crcs()[c]) {
                    throw new BadInputException(path + ": damaged bar file: the " + COLUMN_NAMES[c]
                        + " column does not match its checksum");
                }
            }
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Bars {@code [from, from + n)} of every column read into new arrays of exactly {@code n}
     * values, each array written once (no fill before the copy). The file is read with positional
     * reads through a 1 MiB buffer per thread, not through the mapping, so no file pages stay
     * resident; the columns are shared among up to {@code threads} threads. With {@code check},
     * each column's checksum is computed on the way over the whole column, as {@link #verify}
     * does, and the first damaged column in file order is refused with the same line.
     *
     * @throws BadInputException for a damaged column or a file that shrank since it was opened
     */
    Columns load(int from, int n, boolean check, int threads) {
        if (from < 0 || n < 0 || from + n > header.count()) {
            throw new IllegalArgumentException("bars " + from + " + " + n + " outside 0.." + header.count());
        }
        String[] problems = new String[COLUMNS];
        Object[] arrays = new Object[COLUMNS];
        long columnBytes = columnBytes();
        int bufferBytes = (int) Math.min(1 << 20, Math.max(Long.BYTES, check ? columnBytes : (long) n * Long.BYTES));
        int workers = Math.min(threads, COLUMNS);
        AtomicInteger nextColumn = new AtomicInteger();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            // a worker per thread, each with one read buffer for the columns it takes (a direct
            // buffer costs its allocation, zeroing and first-touch page faults)
            LoadThreads.run(workers, workers, new IntConsumer() { // not a lambda: see LoadThreads
                @Override
                public void accept(int worker) {
                    ByteBuffer buf = ByteBuffer.allocateDirect(bufferBytes).order(ByteOrder.LITTLE_ENDIAN);
                    for (int c = nextColumn.getAndIncrement(); c < COLUMNS; c = nextColumn.getAndIncrement()) {
                        problems[c] = loadColumn(ch, c, from, n, check, arrays, buf);
                    }
                }
            });
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
        }
        for (String problem : problems) {
            if (problem != null) {
                throw new BadInputException(path + ": " + problem);
            }
        }
        double[][] values = new double[DataFeed.OPENINTEREST + 1][];
        for (int c = 1; c < COLUMNS; c++) {
            values[COLUMN_LINES[c]] = (double[]) arrays[c];
        }
        return new Columns((long[]) arrays[0], values, n);
    }

    /** Bytes of one column in the file: every bar's value, eight bytes each. */
    private long columnBytes() {
        return (long) header.count() * Long.BYTES;
    }

    /** Reads column {@code c} into {@code arrays[c]}; returns what is wrong with it, or null. */
    private String loadColumn(FileChannel ch, int c, int from, int n, boolean check, Object[] arrays, ByteBuffer buf) {
        long[] times = c == 0 ? new long[n] : null;
        double[] values = c == 0 ? null : new double[n];
        arrays[c] = c == 0 ? times : values;
        long columnBytes = columnBytes();
        long base = HEADER_BYTES + c * columnBytes;
        long first = (long) from * Long.BYTES;
        long last = first + (long) n * Long.BYTES;
        long pos = check ? 0 : first;
        long end = check ? columnBytes : last;
        CRC32C crc = new CRC32C();
        try {
            while (pos < end) {
                buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                while (buf.hasRemaining()) {
                    if (ch.read(buf, base + pos + buf.position()) < 0) {
                        return "truncated bar file: it ends inside the " + COLUMN_NAMES[c] + " column";
                    }
                }
                buf.flip();
                if (check) {
                    crc.update(buf);
                    buf.flip();
                }
                long lo = Math.max(pos, first);
                long hi = Math.min(pos + buf.limit(), last);
                if (lo < hi) {
                    int src = (int) ((lo - pos) / Long.BYTES);
                    int dst = (int) ((lo - first) / Long.BYTES);
                    int len = (int) ((hi - lo) / Long.BYTES);
                    if (times != null) {
                        buf.asLongBuffer().get(src, times, dst, len);
                    } else {
                        buf.asDoubleBuffer().get(src, values, dst, len);
                    }
                }
                pos += buf.limit();
            }
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        if (check && (int) crc.getValue() != header.crcs()[c]) {
            return "damaged bar file: the " + COLUMN_NAMES[c] + " column does not match its checksum";
        }
        return null;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Number of bars. */
    public int barCount() {
        return header.count();
    }

    /** The zone the bars were read in (for display, sessions and date limits). */
    public ZoneId zone() {
        return header.zone();
    }

    /** The bar size's time frame. */
    public TimeFrame timeFrame() {
        return header.timeFrame();
    }

    /** The bar size's compression. */
    public int compression() {
        return header.compression();
    }

    /** Session start, a time of day in {@link #zone()}. */
    public LocalTime sessionStart() {
        return header.sessionStart();
    }

    /** Session end, a time of day in {@link #zone()}. */
    public LocalTime sessionEnd() {
        return header.sessionEnd();
    }

    /** The end time of bar {@code i} (UTC epoch nanoseconds). */
    public long time(int i) {
        return mapped().times().get(i);
    }

    /** Value {@code i} of the line {@code line} ({@link DataFeed#OPEN} etc.). */
    public double value(int line, int i) {
        return mapped().values()[line].get(i);
    }

    /** A read-only view of the time column (no copy). */
    public LongBuffer times() {
        return mapped().times().asReadOnlyBuffer();
    }

    /** A read-only view of the column of line {@code line} ({@link DataFeed#OPEN} etc.; no copy). */
    public DoubleBuffer prices(int line) {
        if (line < 0 || line > DataFeed.OPENINTEREST) {
            throw new IllegalArgumentException("line must be 0.." + DataFeed.OPENINTEREST + ", got " + line);
        }
        return mapped().values()[line].asReadOnlyBuffer();
    }

    /** The mapped columns, mapped now on the first call. */
    private Mapped mapped() {
        Mapped m = mapped;
        return m != null ? m : map();
    }

    private synchronized Mapped map() {
        if (closed) {
            throw new IllegalStateException(path + ": the bar file is closed");
        }
        if (mapped == null) {
            long columnBytes = columnBytes();
            ByteBuffer[] columns = new ByteBuffer[COLUMNS];
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                for (int c = 0; c < COLUMNS; c++) {
                    columns[c] = (columnBytes == 0 ? ByteBuffer.allocate(0)
                        : ch.map(FileChannel.MapMode.READ_ONLY, HEADER_BYTES + c * columnBytes, columnBytes))
                        .order(ByteOrder.LITTLE_ENDIAN);
                }
            } catch (IOException e) {
                throw new BadInputException(path + ": cannot read: " + e.getMessage(), e);
            }
            DoubleBuffer[] values = new DoubleBuffer[DataFeed.OPENINTEREST + 1];
            for (int c = 1; c < COLUMNS; c++) {
                values[COLUMN_LINES[c]] = columns[c].asDoubleBuffer();
            }
            mapped = new Mapped(columns[0].asLongBuffer(), values);
        }
        return mapped;
    }

    /** Drops the mappings; the JVM unmaps them once unreachable. Reading after close fails. */
    @Override
    public synchronized void close() {
        closed = true;
        mapped = null;
    }

    @Override
    public String toString() {
        return "BarFile[" + path + ", " + header.count() + " bars, " + header.timeFrame() + "/" + header.compression()
            + ", " + header.zone() + "]";
    }
}
