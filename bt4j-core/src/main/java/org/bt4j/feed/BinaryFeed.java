package org.bt4j.feed;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.bt4j.BadInputException;

/**
 * A feed over a {@link BarFile} ({@code .bt4j}), the fast alternative to CSV. Bar size, zone and
 * session times come from the file's header (they can still be changed before the first bar).
 * The column checksums are verified once before the first bar is delivered.
 *
 * <p>Preloading reads each column once into an array sized once (no parsing, no fill before the
 * copy, checksums computed on the way), on several threads for a large file;
 * {@code fromdate}/{@code todate} select the range by binary search. Streaming (not
 * preloaded, as for {@code exactbars=1}) reads each bar straight from the mapping into the
 * (bounded) lines, so the heap stays flat whatever the file size: the bars live in the page cache,
 * not on the heap. Either way the times are checked to strictly increase. Engine thread only (a
 * preload starts its own helper threads and joins them before it returns).
 */
public final class BinaryFeed extends SourceFeed {

    private final Path path;
    private BarFile file;
    private boolean verified;
    private int next;
    private long lastTime = Long.MIN_VALUE;
    private BarWindow window;
    private boolean checkBars = true;
    private int loadThreads = LoadThreads.available();
    /** Fewer bars than this load on the calling thread alone (threads cost more than they save). */
    static final int PARALLEL_BARS = 1 << 16;

    private BinaryFeed(Path path, BarFile file) {
        this.path = path;
        this.file = file;
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        name(dot > 0 ? name.substring(0, dot) : name);
        tz(file.zone());
        timeFrame(file.timeFrame(), file.compression());
        sessions(file.sessionStart(), file.sessionEnd());
    }

    /**
     * Opens {@code path} (header and size are checked now, the data before the first bar).
     *
     * @throws BadInputException for a missing, foreign, damaged or truncated file
     */
    public static BinaryFeed open(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        return new BinaryFeed(path, BarFile.open(path));
    }

    /**
     * Whether every bar is checked against {@link BarRules} (on by default; a bad bar is a
     * {@code BadInputException} naming the file and the bar's number); false loads such bars.
     */
    public BinaryFeed checkBars(boolean check) {
        this.checkBars = check;
        return this;
    }

    /** The file read. */
    public Path path() {
        return path;
    }

    /** Number of bars in the file (before {@code fromdate}/{@code todate}). */
    public int barCount() {
        return ready().barCount();
    }

    /**
     * How many threads {@link #preload} uses for a large file (default: one per processor; 1 loads
     * on the calling thread alone). The bars loaded are the same either way.
     */
    public BinaryFeed loadThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.loadThreads = threads;
        return this;
    }

    private BarFile opened() {
        if (file == null) {
            file = BarFile.open(path);
        }
        return file;
    }

    private BarFile ready() {
        opened();
        if (!verified) {
            file.verify();
            verified = true;
        }
        return file;
    }

    /** Opens the file; its checksums are verified by the first read or the preload. */
    @Override
    public void start() {
        opened();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
            window = null;
        }
        if (file != null) {
            file.close();
            file = null;
        }
    }

    /**
     * The next bar, read through a {@link BarWindow} (positional reads, no mapping), so streaming a
     * file leaves no resident pages: the bars live in the page cache, not in the process.
     */
    @Override
    protected boolean read(Bar bar) {
        BarFile f = file != null && verified ? file : ready();
        int i = next;
        if (i >= f.barCount()) {
            return false;
        }
        if (window == null) {
            window = new BarWindow(path, f.barCount());
        }
        next = i + 1;
        BarWindow w = window;
        long t = checked(w.time(i), i);
        // file columns: 1 open, 2 high, 3 low, 4 close, 5 volume, 6 openinterest
        bar.set(t, w.value(1, i), w.value(2, i), w.value(3, i), w.value(4, i), w.value(5, i), w.value(6, i));
        if (checkBars) {
            check(i, bar.open, bar.high, bar.low, bar.close, bar.volume);
        }
        return true;
    }

    private void check(int i, double open, double high, double low, double close, double volume) {
        String problem = BarRules.problem(open, high, low, close, volume);
        if (problem != null) {
            throw new BadInputException(path + ": bar " + (i + 1) + ": " + problem + " (--accept-bad-bars loads such bars)");
        }
    }

    private long checked(long t, int i) {
        if (t <= lastTime) {
            throw unordered(i);
        }
        lastTime = t;
        return t;
    }

    private BadInputException unordered(int i) {
        return new BadInputException(path + ": damaged bar file: bar " + (i + 1) + " is not after the bar before it");
    }

    /**
     * Loads the bars between {@code fromdate} and {@code todate}: every column read once into an
     * array sized once (no fill before the copy), the checksums verified on the same pass, the
     * columns shared among {@link #loadThreads} threads; then the times and the bar rules are
     * checked over ranges of bars on those threads, and the first bad bar in file order refused.
     * Falls back to bar-by-bar loading when the lines are bounded or already hold bars.
     */
    @Override
    public void preload() {
        if (isPreloaded()) {
            return;
        }
        if (size() > 0 || next > 0 || buffer(CLOSE).isBounded()) {
            super.preload();
            return;
        }
        long from = fromNanos();
        long to = toNanos();
        BarFile f;
        int lo = 0;
        int hi;
        if (from == Long.MIN_VALUE && to == Long.MAX_VALUE) {
            f = opened();
            hi = f.barCount();
        } else {
            f = ready(); // the binary search reads the times: checked first
            lo = from == Long.MIN_VALUE ? 0 : firstAfter(f, from - 1);
            hi = firstAfter(f, to);
        }
        int n = Math.max(0, hi - lo);
        int threads = n >= PARALLEL_BARS ? loadThreads : 1;
        Columns columns = f.load(lo, n, !verified, threads);
        verified = true;
        refuseBadBars(lo, n, columns, threads);
        columns.moveInto(this);
        next = f.barCount();
        super.preload(); // nothing left to read: marks the feed preloaded and homes the cursors
    }

    /**
     * Checks the loaded bars in ranges on up to {@code threads} threads and throws for the first
     * bad one in file order: first any time that is not after the one before, then (with
     * {@link #checkBars}) any bar that breaks the {@link BarRules}, as bar-by-bar loading does.
     */
    private void refuseBadBars(int lo, int n, Columns columns, int threads) {
        int ranges = threads == 1 ? 1 : 8 * threads;
        int[] badTime = new int[ranges];
        int[] badBar = new int[ranges];
        long[] t = columns.times();
        double[][] v = columns.values();
        LoadThreads.run(ranges, threads, new IntConsumer() { // not a lambda: see LoadThreads
            @Override
            public void accept(int r) {
                int a = (int) ((long) n * r / ranges);
                int b = (int) ((long) n * (r + 1) / ranges);
                badTime[r] = firstUnordered(t, a, b);
                badBar[r] = checkBars ? firstBroken(v, a, b) : -1;
            }
        });
        for (int i : badTime) {
            if (i >= 0) {
                throw unordered(lo + i);
            }
        }
        for (int i : badBar) {
            if (i >= 0) {
                check(lo + i, v[OPEN][i], v[HIGH][i], v[LOW][i], v[CLOSE][i], v[VOLUME][i]); // throws
            }
        }
    }

    /** The first index in {@code [a, b)} whose time is not after the one before it, or -1. */
    private static int firstUnordered(long[] t, int a, int b) {
        long previous = a == 0 ? Long.MIN_VALUE : t[a - 1];
        for (int i = a; i < b; i++) {
            long time = t[i];
            if (time <= previous) {
                return i;
            }
            previous = time;
        }
        return -1;
    }

    /** The first index in {@code [a, b)} of a bar that breaks the {@link BarRules}, or -1. */
    private static int firstBroken(double[][] v, int a, int b) {
        double[] o = v[OPEN];
        double[] h = v[HIGH];
        double[] l = v[LOW];
        double[] c = v[CLOSE];
        double[] vol = v[VOLUME];
        for (int i = a; i < b; i++) {
            if (!BarRules.plainlyValid(o[i], h[i], l[i], c[i], vol[i])
                    && BarRules.problem(o[i], h[i], l[i], c[i], vol[i]) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first bar whose time is after {@code t} (binary search over the sorted times). */
    private static int firstAfter(BarFile f, long t) {
        int lo = 0;
        int hi = f.barCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (f.time(mid) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "BinaryFeed[" + name() + ", " + path + "]";
    }
}
