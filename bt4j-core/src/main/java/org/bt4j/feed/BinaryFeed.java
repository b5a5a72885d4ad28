package org.bt4j.feed;

import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.TimeLine;

/**
 * A feed over a {@link BarFile} ({@code .bt4j}), the fast alternative to CSV. Bar size, zone and
 * session times come from the file's header (they can still be changed before the first bar).
 * The column checksums are verified once before the first bar is delivered.
 *
 * <p>Preloading is one bulk copy per column from the mapped file into the line buffers, no
 * parsing; {@code fromdate}/{@code todate} select the range by binary search. Streaming (not
 * preloaded, as for {@code exactbars=1}) reads each bar straight from the mapping into the
 * (bounded) lines, so the heap stays flat whatever the file size: the bars live in the page cache,
 * not on the heap. Either way the times are checked to strictly increase. Engine thread only.
 */
public final class BinaryFeed extends SourceFeed {

    private final Path path;
    private BarFile file;
    private boolean verified;
    private int next;
    private long lastTime = Long.MIN_VALUE;
    private BarWindow window;
    private boolean checkBars = true;

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

    private BarFile ready() {
        if (file == null) {
            file = BarFile.open(path);
        }
        if (!verified) {
            file.verify();
            verified = true;
        }
        return file;
    }

    @Override
    public void start() {
        ready();
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

    private long checked(BarFile f, int i) {
        return checked(f.time(i), i);
    }

    private long checked(long t, int i) {
        if (t <= lastTime) {
            throw new BadInputException(path + ": damaged bar file: bar " + (i + 1)
                + " is not after the bar before it");
        }
        lastTime = t;
        return t;
    }

    /**
     * Loads the bars between {@code fromdate} and {@code todate} with one bulk copy per column.
     * Falls back to bar-by-bar loading when the lines are bounded or already hold bars.
     */
    @Override
    public void preload() {
        if (isPreloaded()) {
            return;
        }
        TimeLine time = datetime();
        if (size() > 0 || next > 0 || buffer(CLOSE).isBounded()) {
            super.preload();
            return;
        }
        BarFile f = ready();
        long from = fromNanos();
        int lo = from == Long.MIN_VALUE ? 0 : firstAfter(f, from - 1);
        int hi = firstAfter(f, toNanos());
        int n = Math.max(0, hi - lo);
        time.reserve(n);
        for (int i = lo; i < hi; i++) {
            time.append(checked(f, i));
        }
        for (int line = 0; line < lineCount(); line++) {
            LineBuffer b = buffer(line);
            b.presize(n);
            f.copy(line, lo, b.array(), n);
        }
        if (checkBars) {
            double[] o = buffer(OPEN).array();
            double[] h = buffer(HIGH).array();
            double[] l = buffer(LOW).array();
            double[] c = buffer(CLOSE).array();
            double[] v = buffer(VOLUME).array();
            for (int k = 0; k < n; k++) {
                check(lo + k, o[k], h[k], l[k], c[k], v[k]);
            }
        }
        next = f.barCount();
        super.preload(); // nothing left to read: marks the feed preloaded and homes the cursors
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
