package org.bt4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.time.Stopwatch;

/**
 * A progress line for a long backtest, drawn on stderr when it is a terminal: nothing during the
 * first two seconds, then the bars done (and the share of the total when it is known) at most
 * five times a second, erased when the run ends. Rides along as an analyzer, looking at the clock
 * once every 65,536 bars, so a short run pays one counter increment per bar. Engine thread only.
 */
final class RunProgress implements Analyzer {

    /** Runs shorter than this show no progress at all. */
    static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long CHECK_EVERY = 1 << 16;

    private final PrintWriter err;
    private final LongSupplier total;
    private final LongSupplier elapsedNanos;
    private long bars;
    private long nextCheck = CHECK_EVERY;
    private long lastDraw;
    private int drawnWidth;

    /**
     * @param total the number of bars the run will have, or -1 when unknown (asked at each redraw)
     * @param elapsedNanos real time since the start of the command (a {@link Stopwatch}'s reading)
     */
    RunProgress(PrintWriter err, LongSupplier total, LongSupplier elapsedNanos) {
        this.err = err;
        this.total = total;
        this.elapsedNanos = elapsedNanos;
    }

    /** Whether stderr is an interactive terminal (never when it goes to a file or a pipe). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void prenext() {
        next();
    }

    @Override
    public void next() {
        if (++bars < nextCheck) {
            return;
        }
        nextCheck = bars + CHECK_EVERY;
        long elapsed = elapsedNanos.getAsLong();
        if (elapsed < QUIET_NANOS || elapsed - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = elapsed;
        String s = line(bars, total.getAsLong(), elapsed);
        err.print('\r');
        err.print(s);
        err.flush();
        drawnWidth = s.length();
    }

    @Override
    public void stop() {
        if (drawnWidth > 0) {
            err.print('\r' + " ".repeat(drawnWidth) + '\r');
            err.flush();
        }
    }

    @Override
    public Map<String, Object> analysis() {
        return Map.of();
    }

    /** The progress text after {@code done} of {@code total} bars (-1: unknown) in {@code elapsedNanos}. */
    static String line(long done, long total, long elapsedNanos) {
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        if (total <= 0) {
            return String.format(Locale.ROOT, "bt4j: %,d bars  %.1fM bars/s  %.0f s", done, rate / 1e6, secs);
        }
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(Locale.ROOT, "bt4j: %3d%% %,d/%,d bars  %.1fM bars/s  ETA %d s", 100 * done / total, done,
            total, rate / 1e6, eta);
    }
}
